package io.github.receivables.reconciliation.matching.generator;

/** The shape a generated line was built with: the answer the matcher should find. */
public enum GeneratedShape {
    /** Pays one invoice exactly. */
    ONE_TO_ONE,
    /** Pays one invoice less a bank fee within tolerance. */
    ONE_TO_ONE_FEE,
    /** Pays two to four invoices of one customer. */
    ONE_TO_MANY,
    /** One of two lines that together pay one invoice. */
    MANY_TO_ONE,
    /** Pays 20% to 80% of one invoice. */
    PARTIAL,
    /** Pays one invoice less a gap above the fee tolerance and at most 5%. */
    SHORT_PAYMENT,
    /** Pays one invoice plus 5% to 20%. */
    OVERPAYMENT,
    /** Pays an invoice less a credit note of the same customer. */
    CREDIT_NOTE_NETTING,
    /** A payment provider's payout of three to eight card payments, net of fees. */
    PAYOUT,
    /** A payment from someone who is no customer; nothing should be applied. */
    UNKNOWN_PAYER,
    /** A reversal, in a later statement, of a line that paid one invoice. */
    REVERSAL
}
