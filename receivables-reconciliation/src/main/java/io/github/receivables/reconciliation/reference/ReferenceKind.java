package io.github.receivables.reconciliation.reference;

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
    /** The reference our reminders print, see {@link StructuredPaymentReference}. */
    STRUCTURED_PAYMENT_REFERENCE
}
