package io.github.receivables.benchmarks;

import io.github.receivables.reconciliation.matching.AllocationWriter;
import io.github.receivables.reconciliation.matching.Application;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * An allocation writer that remembers which lines are applied and counts the writes, standing
 * in for a host that writes to a database. Idempotent by line id as the contract requires. Not
 * thread-safe.
 */
final class CountingAllocationWriter implements AllocationWriter {

    private final Set<String> inForce = new HashSet<>();
    private long writes;

    @Override
    public boolean apply(Application application) {
        boolean added = inForce.add(application.lineId());
        writes += added ? 1 : 0;
        return added;
    }

    @Override
    public boolean revert(String lineId, LocalDate on, RevertReason reason) {
        boolean removed = inForce.remove(lineId);
        writes += removed ? 1 : 0;
        return removed;
    }

    /** Returns how many writes changed something. */
    long writes() {
        return writes;
    }
}
