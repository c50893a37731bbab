package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The amounts a run has applied per item on top of an index snapshot, so that two lines never
 * settle the same open amount twice. Not thread-safe, so one run uses one session.
 */
public final class MatchingSession {

    private final OpenItemIndex index;
    private final long[] consumed;

    /**
     * Creates an empty session over an index.
     *
     * @param index the snapshot; never null
     */
    public MatchingSession(OpenItemIndex index) {
        this.index = Objects.requireNonNull(index, "index");
        this.consumed = new long[index.size()];
    }

    /**
     * Returns the snapshot this session works on.
     *
     * @return the index; never null
     */
    public OpenItemIndex index() {
        return index;
    }

    /**
     * Returns what is still open on an item: its snapshot open amount less what this session
     * applied.
     *
     * @param position the item position in the index
     * @return the remaining amount in minor units of the item's currency, zero or more
     */
    public long remaining(int position) {
        return index.openMinor(position) - consumed[position];
    }

    /**
     * Returns what is still open on an item.
     *
     * @param key the item; never null
     * @return the remaining amount in the item's currency; never null
     * @throws MatchingException if the item is not open in the snapshot
     */
    public Money remaining(ItemKey key) {
        int position = requirePosition(key);
        return Money.ofMinor(remaining(position), index.item(position).item().open().currency());
    }

    /**
     * Tells whether this session already applied something to an item.
     *
     * @param position the item position
     * @return true when part of the item was consumed in this session
     */
    public boolean touched(int position) {
        return consumed[position] != 0;
    }

    /**
     * Records a proposal as applied, after checking that it fits what is open.
     *
     * @param proposal the applied proposal; never null
     * @throws MatchingException if the proposal would settle more than is open on an item, or
     *     names an item not in the snapshot. Nothing is recorded then.
     */
    public void consume(Proposal proposal) {
        Map<Integer, Long> delta = settledBy(proposal, true);
        for (Map.Entry<Integer, Long> change : delta.entrySet()) {
            if (change.getValue() > remaining(change.getKey())) {
                OpenItem item = index.item(change.getKey()).item();
                throw new MatchingException("line " + proposal.lineId() + " would settle "
                        + Money.ofMinor(change.getValue(), item.open().currency()) + " on item "
                        + ItemKey.of(item) + " which has only "
                        + Money.ofMinor(remaining(change.getKey()), item.open().currency())
                        + " open; rebuild the proposal against the current balances");
            }
        }
        delta.forEach((position, amount) -> consumed[position] += amount);
    }

    /**
     * Releases what an applied proposal settled, after a user's un-apply or a bank reversal, so
     * the items are open again. Items not in the snapshot are skipped, and no item's remaining
     * amount rises above its original amount.
     *
     * @param proposal the proposal that was applied in this session or before it; never null
     */
    public void release(Proposal proposal) {
        settledBy(proposal, false).forEach((position, amount) -> {
            OpenItem item = index.item(position).item();
            long floor = item.open().minorUnits() - item.original().minorUnits();
            consumed[position] = Math.max(floor, consumed[position] - amount);
        });
    }

    private Map<Integer, Long> settledBy(Proposal proposal, boolean strict) {
        Map<Integer, Long> delta = new HashMap<>();
        for (ProposedAllocation allocation : proposal.allocations()) {
            add(delta, allocation.item(), allocation.amount().minorUnits(), strict);
            if (allocation.source() instanceof AllocationSource.FromCreditNote note) {
                add(delta, creditNoteKey(note), allocation.amount().minorUnits(), false);
            }
        }
        for (Adjustment adjustment : proposal.adjustments()) {
            if (adjustment.amount().isNegative()) {
                add(delta, adjustment.item(), -adjustment.amount().minorUnits(), strict);
            }
        }
        return delta;
    }

    private void add(Map<Integer, Long> delta, ItemKey key, long amount, boolean strict) {
        int position = strict ? requirePosition(key) : index.position(key);
        if (position >= 0) {
            delta.merge(position, amount, Long::sum);
        }
    }

    private static ItemKey creditNoteKey(AllocationSource.FromCreditNote note) {
        return new ItemKey(note.creditNoteId(), 0);
    }

    private int requirePosition(ItemKey key) {
        int position = index.position(key);
        if (position < 0) {
            throw new MatchingException("item " + key + " is not open in this snapshot;"
                    + " rebuild the index from the current ledger");
        }
        return position;
    }
}
