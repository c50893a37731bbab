package io.github.receivables.reconciliation.matching.generator;

import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.reconciliation.matching.ItemKey;
import io.github.receivables.reconciliation.matching.Proposal;
import io.github.receivables.reconciliation.matching.ProposedAllocation;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A matcher's outcome for one line, in the terms of {@link ExpectedOutcome}.
 *
 * @param lineId the line; never null
 * @param automated whether the line was handled without review (applied, or a reversal
 *     reopened)
 * @param payments what the applied or suggested proposal's payment settles per item; never null
 * @param creditNotes what its credit notes settle per item; never null
 * @param reversedLineId the original a reversal reopened, or null
 */
public record Prediction(
        String lineId,
        boolean automated,
        Map<ItemKey, Long> payments,
        Map<ItemKey, Long> creditNotes,
        String reversedLineId) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     */
    public Prediction {
        Objects.requireNonNull(lineId, "lineId");
        payments = Map.copyOf(payments);
        creditNotes = Map.copyOf(creditNotes);
    }

    /**
     * Describes a proposal as a prediction.
     *
     * @param proposal the applied or suggested proposal; never null
     * @param automated whether it was applied without review
     * @return the prediction
     */
    public static Prediction of(Proposal proposal, boolean automated) {
        Map<ItemKey, Long> payments = new HashMap<>();
        Map<ItemKey, Long> credits = new HashMap<>();
        for (ProposedAllocation allocation : proposal.allocations()) {
            Map<ItemKey, Long> target = allocation.source() instanceof AllocationSource.FromPayment
                    ? payments : credits;
            target.merge(allocation.item(), allocation.amount().minorUnits(), Long::sum);
        }
        return new Prediction(proposal.lineId(), automated, payments, credits, null);
    }

    /**
     * Tells whether the prediction proposes anything.
     *
     * @return true when it settles an item or reopens a line
     */
    public boolean proposesSomething() {
        return !payments.isEmpty() || reversedLineId != null;
    }

    /**
     * Tells whether the prediction equals the expected outcome.
     *
     * @param expected the expected outcome; never null
     * @return true when the items and amounts (or the reversed line) are the same
     */
    public boolean matches(ExpectedOutcome expected) {
        if (expected.shape() == GeneratedShape.REVERSAL) {
            return Objects.equals(reversedLineId, expected.reversedLineId());
        }
        return payments.equals(expected.payments()) && creditNotes.equals(expected.creditNotes());
    }
}
