package io.github.receivables.core.account;

/** The kind of movement on a statement line, with its effect on the customer's net balance. */
public enum MovementKind {
    /** An invoice, debit note or charge issued: raises the balance by its total. */
    DOCUMENT_ISSUED,
    /** A credit note issued: lowers the balance by its total. */
    CREDIT_NOTE_ISSUED,
    /** A payment received: lowers the balance by its amount. */
    PAYMENT_RECEIVED,
    /**
     * A payment or credit note applied to a document. In one currency it leaves the net balance
     * unchanged; across currencies it lowers the document's currency and raises the source's.
     */
    ALLOCATION,
    /** An allocation reversed: the opposite of {@link #ALLOCATION}. */
    ALLOCATION_REVERSED,
    /** An amount written off: lowers the balance. */
    WRITE_OFF,
    /** A write-off reversed: the opposite of {@link #WRITE_OFF}. */
    WRITE_OFF_REVERSED,
    /**
     * Part of a payment taken out of the customer's credit without settling a document: a
     * rounding or exchange gain, or money the bank returned. Raises the balance by its amount.
     */
    PAYMENT_ADJUSTMENT,
    /** A payment adjustment reversed: the opposite of {@link #PAYMENT_ADJUSTMENT}. */
    PAYMENT_ADJUSTMENT_REVERSED
}
