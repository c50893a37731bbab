package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What has been applied on top of an index snapshot during a run: the amounts consumed per item,
 * so that two lines never settle the same open amount twice. Not thread-safe: one run uses one
 * session.
 */
public final class MatchingSession {

    private final OpenItemIndex index;
    private final Map<Integer, Long> consumed = new HashMap<>();

    /**
     * Creates an empty session over an index.
     *
     * @param index the snapshot; never null
     */
    public MatchingSession(OpenItemIndex index) {
        this.index = Objects.requireNonNull(index, "index");
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
        return index.item(position).item().open().minorUnits() - consumed.getOrDefault(position, 0L);
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
        return consumed.containsKey(position);
    }

    /**
     * Records a proposal as applied, after checking that it fits what is open.
     *
     * @param proposal the applied proposal; never null
     * @throws MatchingException if the proposal would settle more than is open on an item, or
     *     names an item not in the snapshot; nothing is recorded then
     */
    public void consume(Proposal proposal) {
        Map<Integer, Long> delta = settledBy(proposal);
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
        delta.forEach((position, amount) -> consumed.merge(position, amount, Long::sum));
    }

    /**
     * Releases what an applied proposal consumed, after a user's un-apply or a bank reversal.
     * Items not in the snapshot are ignored.
     *
     * @param proposal the proposal that was applied in this session or before it; never null
     */
    public void release(Proposal proposal) {
        settledBy(proposal).forEach((position, amount) ->
                consumed.merge(position, -amount, Long::sum));
    }

    private Map<Integer, Long> settledBy(Proposal proposal) {
        Map<Integer, Long> delta = new HashMap<>();
        for (ProposedAllocation allocation : proposal.allocations()) {
            delta.merge(requirePosition(allocation.item()), allocation.amount().minorUnits(),
                    Long::sum);
            if (allocation.source() instanceof AllocationSource.FromCreditNote note) {
                ItemKey creditKey = creditNoteKey(note);
                int position = index.position(creditKey);
                if (position >= 0) {
                    delta.merge(position, allocation.amount().minorUnits(), Long::sum);
                }
            }
        }
        for (Adjustment adjustment : proposal.adjustments()) {
            if (adjustment.amount().isNegative()) {
                delta.merge(requirePosition(adjustment.item()), -adjustment.amount().minorUnits(),
                        Long::sum);
            }
        }
        return delta;
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
