package io.github.receivables.reconciliation.statement;

/** Booking status of a statement entry. Only {@link #BOOKED} entries are settled money. */
public enum EntryStatus {
    /** Posted to the account; the amount is final unless a later reversal undoes it. */
    BOOKED,
    /** Announced but not yet posted; never to be applied as settled money. */
    PENDING,
    /** Information only, such as a memo line or a future-dated item. */
    INFO
}
