package io.github.receivables.core.ledger;

/** How much of a receivable is settled as of a day, derived from its open balance. */
public enum SettlementStatus {
    /** Nothing settled: the open balance equals the total. */
    OPEN,
    /** Part settled: the open balance is between zero and the total. */
    PARTLY_PAID,
    /** Fully settled: the open balance is zero. */
    PAID
}
