package io.github.receivables.reconciliation.matching.memory;

import io.github.receivables.reconciliation.matching.Adjustment;
import io.github.receivables.reconciliation.matching.AllocationWriter;
import io.github.receivables.reconciliation.matching.Application;
import io.github.receivables.reconciliation.matching.ItemFlag;
import io.github.receivables.reconciliation.matching.ItemKey;
import io.github.receivables.reconciliation.matching.ProposedAllocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link AllocationWriter} that keeps applications in memory, for tests, examples and
 * benchmarks. It tracks per item what the applications in force settle. Not thread-safe.
 */
public final class InMemoryAllocationWriter implements AllocationWriter {

    /**
     * A reversal of an application.
     *
     * @param lineId the line whose application was undone
     * @param on the day
     * @param reason why
     */
    public record Revert(String lineId, LocalDate on, RevertReason reason) {}

    private final Map<String, Application> inForce = new LinkedHashMap<>();
    private final List<Application> applied = new ArrayList<>();
    private final List<Revert> reverts = new ArrayList<>();
    private final Map<ItemKey, Long> settled = new HashMap<>();
    private int writes;

    /** Creates an empty writer. */
    public InMemoryAllocationWriter() {}

    @Override
    public boolean apply(Application application) {
        if (inForce.containsKey(application.lineId())) {
            return false;
        }
        inForce.put(application.lineId(), application);
        applied.add(application);
        writes++;
        change(application, 1);
        return true;
    }

    @Override
    public boolean revert(String lineId, LocalDate on, RevertReason reason) {
        Application application = inForce.remove(lineId);
        if (application == null) {
            return false;
        }
        reverts.add(new Revert(lineId, on, reason));
        writes++;
        change(application, -1);
        return true;
    }

    private void change(Application application, int sign) {
        for (ProposedAllocation allocation : application.proposal().allocations()) {
            settled.merge(allocation.item(), sign * allocation.amount().minorUnits(), Long::sum);
        }
        for (Adjustment adjustment : application.proposal().adjustments()) {
            if (adjustment.amount().isNegative()) {
                settled.merge(adjustment.item(), -sign * adjustment.amount().minorUnits(),
                        Long::sum);
            }
        }
    }

    /**
     * Returns what the applications in force settle on an item: allocations plus shortfall
     * adjustments, in the item's minor units.
     *
     * @param item the item; never null
     * @return the settled amount, zero when nothing applies
     */
    public long settledMinor(ItemKey item) {
        return settled.getOrDefault(item, 0L);
    }

    /**
     * Returns the application of a line while in force.
     *
     * @param lineId the line; never null
     * @return the application, or empty
     */
    public Optional<Application> find(String lineId) {
        return Optional.ofNullable(inForce.get(lineId));
    }

    /**
     * Returns the applications in force, in the order they were applied.
     *
     * @return a copy; never null
     */
    public List<Application> inForce() {
        return List.copyOf(inForce.values());
    }

    /**
     * Returns every application ever written, including reverted ones.
     *
     * @return a copy; never null
     */
    public List<Application> history() {
        return List.copyOf(applied);
    }

    /**
     * Returns the reversals written.
     *
     * @return a copy; never null
     */
    public List<Revert> reverts() {
        return List.copyOf(reverts);
    }

    /**
     * Returns the flags of the applications in force.
     *
     * @return the flags; never null
     */
    public List<ItemFlag> flags() {
        List<ItemFlag> flags = new ArrayList<>();
        inForce.values().forEach(a -> flags.addAll(a.proposal().flags()));
        return flags;
    }

    /**
     * Returns how many writes (applications and reversals) changed something.
     *
     * @return the count
     */
    public int writeCount() {
        return writes;
    }
}
