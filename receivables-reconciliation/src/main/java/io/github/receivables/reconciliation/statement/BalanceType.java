package io.github.receivables.reconciliation.statement;

/** Kinds of balance a statement reports, after the ISO 20022 balance type codes. */
public enum BalanceType {
    /** Opening booked balance (camt OPBD, MT940 :60F:, BAI2 010). */
    OPENING_BOOKED,
    /** Closing booked balance (camt CLBD, MT940 :62F:, BAI2 015). */
    CLOSING_BOOKED,
    /** Opening available balance (camt OPAV). */
    OPENING_AVAILABLE,
    /** Closing available balance (camt CLAV, MT940 :64:). */
    CLOSING_AVAILABLE,
    /** Forward available balance (camt FWAV, MT940 :65:). */
    FORWARD_AVAILABLE,
    /** Interim booked balance (camt ITBD, MT940 :60M: and :62M:). */
    INTERIM_BOOKED,
    /** Interim available balance (camt ITAV). */
    INTERIM_AVAILABLE,
    /** Closing balance of the previous statement (camt PRCD). */
    PREVIOUSLY_CLOSED_BOOKED,
    /** Expected balance (camt XPCD). */
    EXPECTED,
    /** Balance for information only (camt INFO) or any other code, kept as written. */
    OTHER
}
