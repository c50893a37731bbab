package io.github.receivables.reconciliation.matching;

/** How a proposal relates one bank line to open items. */
public enum MatchShape {
    /** The line settles one item whole, possibly with an adjustment within tolerance. */
    ONE_TO_ONE,
    /** The line settles several items of one customer. */
    ONE_TO_MANY,
    /** The line settles the rest of an item that earlier lines paid in part. */
    MANY_TO_ONE,
    /** The line pays part of an item, whose rest stays open and is collected as usual. */
    PARTIAL,
    /**
     * The line pays slightly less than owed, beyond the tolerance; the gap stays open and is
     * flagged with {@link ItemFlag.Kind#SHORT_PAYMENT_UNDER_REVIEW}.
     */
    SHORT_PAYMENT,
    /** The line pays more than owed; the excess becomes customer credit. */
    OVERPAYMENT,
    /** One transfer pays an invoice less a credit note; the credit note is netted against it. */
    CREDIT_NOTE_NETTING,
    /** A payment provider's payout settles many items net of fees. */
    PAYOUT
}
