package io.github.receivables.reconciliation.matching;

import java.time.LocalDate;

/**
 * Writes what matching decides into the host's ledger. This is the port to the ledger and to the
 * storage transaction boundary; a host adapts it to its own ledger and store.
 *
 * <p>Contract: each call is one transaction, so either everything of a line is written or
 * nothing is. Both methods are idempotent by line id, so a retry after a crash writes nothing
 * twice. Implementations must be safe for use by one run at a time; failures propagate as
 * unchecked exceptions because data is at stake.
 */
public interface AllocationWriter {

    /**
     * Writes the payment, allocations, adjustments, flags, customer credit and unapplied cash of
     * one line in one transaction.
     *
     * @param application what to write; never null
     * @return true if written now, false if this line was already applied and is still in force
     */
    boolean apply(Application application);

    /**
     * Reverses everything written for a line in one transaction, reopening what it settled.
     * Reversed allocations stay in history with their reversal date.
     *
     * @param lineId the line whose application is undone; never null
     * @param on the day of the reversal; never null
     * @param reason why; never null
     * @return true if reversed now, false if nothing of the line was in force
     */
    boolean revert(String lineId, LocalDate on, RevertReason reason);

    /** Why an application is undone. */
    enum RevertReason {
        /** A person un-applied it; matching must never redo it automatically. */
        USER_UNAPPLY,
        /** The bank reversed or returned the payment in a later statement. */
        BANK_REVERSAL
    }
}
