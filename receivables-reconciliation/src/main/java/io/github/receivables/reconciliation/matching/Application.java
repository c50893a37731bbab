package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.Payment;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an {@link AllocationWriter} writes for one line: the payment the line is, and the
 * proposal's allocations, adjustments, flags, credit and unapplied cash.
 *
 * @param proposal the proposal being applied; never null
 * @param payment the payment created from the line, its external id the line id; never null
 * @param appliedOn the day the allocations take effect; never null
 * @param keys the keys of the line, or null when the caller has none. A writer stores them with
 *     the line's decision in the same transaction, so a later reversal can find the decision.
 */
public record Application(Proposal proposal, Payment payment, LocalDate appliedOn,
        LineKeys keys) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Application {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(appliedOn, "appliedOn");
    }

    /**
     * Creates an application without line keys.
     *
     * @param proposal the proposal being applied; never null
     * @param payment the payment created from the line; never null
     * @param appliedOn the day the allocations take effect; never null
     * @throws NullPointerException if a component is null
     */
    public Application(Proposal proposal, Payment payment, LocalDate appliedOn) {
        this(proposal, payment, appliedOn, null);
    }

    /**
     * Returns the id of the line being applied.
     *
     * @return the line id; never null
     */
    public String lineId() {
        return proposal.lineId();
    }
}
