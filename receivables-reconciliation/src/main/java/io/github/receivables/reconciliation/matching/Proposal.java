package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A line's candidate settlement, with the evidence behind it. Money is conserved: the
 * line's amount equals the source amounts of the payment allocations plus the positive
 * adjustments (gains) plus customer credit plus unapplied cash; see {@link #lineTotal()}.
 *
 * @param lineId the bank line; never null
 * @param shape how the line relates to the items; never null
 * @param customerId the customer whose items are settled, or null for unidentified cash
 * @param allocations the allocations to write, payment allocations and credit note nettings;
 *     never null
 * @param adjustments gaps closed within tolerance; never null
 * @param flags amounts left open that reminders must not dun; never null
 * @param customerCredit the excess left as credit of the customer, zero or more; never null
 * @param unapplied cash not attributed to any customer item, zero or more; never null
 * @param scoreBp the candidate's score before any penalty for ambiguity, 0 to 10,000
 * @param evidence the evidence that makes up the score; never null
 * @param reviewRequired whether a person must review the proposal whatever its score, such as
 *     when the subset search stopped at its budget
 */
public record Proposal(
        String lineId,
        MatchShape shape,
        CustomerId customerId,
        List<ProposedAllocation> allocations,
        List<Adjustment> adjustments,
        List<ItemFlag> flags,
        Money customerCredit,
        Money unapplied,
        int scoreBp,
        List<Evidence> evidence,
        boolean reviewRequired) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if credit or unapplied cash is negative
     */
    public Proposal {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(shape, "shape");
        allocations = List.copyOf(allocations);
        adjustments = List.copyOf(adjustments);
        flags = List.copyOf(flags);
        Objects.requireNonNull(customerCredit, "customerCredit");
        Objects.requireNonNull(unapplied, "unapplied");
        evidence = List.copyOf(evidence);
        if (customerCredit.isNegative() || unapplied.isNegative()) {
            throw new IllegalArgumentException("proposal for line " + lineId
                    + " has negative credit " + customerCredit + " or unapplied " + unapplied);
        }
    }

    /**
     * Returns the customer whose items the proposal settles.
     *
     * @return the customer, or empty for unidentified cash
     */
    public Optional<CustomerId> findCustomerId() {
        return Optional.ofNullable(customerId);
    }

    /**
     * Returns the items the proposal touches, in allocation order without repeats.
     *
     * @return the item keys; never null
     */
    public List<ItemKey> items() {
        return allocations.stream().map(ProposedAllocation::item).distinct().toList();
    }

    /**
     * Adds up the line money the proposal uses: payment allocations (source amounts), positive
     * adjustments (gains) in the line's currency, customer credit and unapplied cash. Equals the
     * line's amount; write-offs (negative adjustments) take no line money.
     *
     * @return the total in the line's currency; never null
     */
    public Money lineTotal() {
        Money total = customerCredit.plus(unapplied);
        for (ProposedAllocation allocation : allocations) {
            if (allocation.isFromPayment()) {
                total = total.plus(allocation.sourceAmount());
            }
        }
        for (Adjustment adjustment : adjustments) {
            if (adjustment.amount().isPositive()
                    && adjustment.amount().currency().equals(total.currency())) {
                total = total.plus(adjustment.amount());
            }
        }
        return total;
    }
}
