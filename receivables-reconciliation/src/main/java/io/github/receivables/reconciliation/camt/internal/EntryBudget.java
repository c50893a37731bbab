package io.github.receivables.reconciliation.camt.internal;

/** Counts entries and transaction details of one file against {@code ReaderLimits.maxEntries}. */
final class EntryBudget {

    private final long max;
    private long used;

    EntryBudget(long max) {
        this.max = max;
    }

    /** Counts one more {@code Ntry} or {@code TxDtls} and fails when the limit is passed. */
    void take(XmlCursor cursor) {
        if (++used > max) {
            throw cursor.limit("the file has more than maxEntries = " + max + " entries and"
                    + " transaction details; expected fewer or a larger ReaderLimits.maxEntries");
        }
    }
}
