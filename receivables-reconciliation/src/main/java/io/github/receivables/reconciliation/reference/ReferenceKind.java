package io.github.receivables.reconciliation.reference;

import io.github.receivables.core.reference.PaymentReference;

/** Kinds of payment reference the {@link ReferenceExtractor} recognizes. */
public enum ReferenceKind {
    /** An invoice or tax document number found by an {@link InvoicePattern}. */
    INVOICE_NUMBER,
    /** An ISO 11649 creditor reference ({@code RF} plus two check digits, mod 97). */
    RF_CREDITOR_REFERENCE,
    /** A Swiss QR reference: 27 digits whose last is a recursive mod 10 check digit. */
    QR_REFERENCE,
    /**
     * A Swiss ESR (ISR, BVR) reference: 27 or 16 digits with the same recursive mod 10 check
     * digit as the QR reference, reported only when the context names it as ESR.
     */
    ESR_REFERENCE,
    /** A Chilean RUT (tax id) with its mod 11 check digit, normalized as {@code 12345678-5}. */
    CHILEAN_RUT,
    /**
     * The reference reminders print, {@link PaymentReference}: {@code RC}, a kind digit, 4 to 16
     * digits and two ISO 7064 MOD 97-10 check digits, reported in canonical form.
     */
    STRUCTURED_PAYMENT_REFERENCE
}
