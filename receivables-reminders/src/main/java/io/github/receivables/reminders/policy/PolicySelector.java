package io.github.receivables.reminders.policy;

import io.github.receivables.core.metrics.RiskSegment;
import io.github.receivables.core.party.Customer;

/**
 * Chooses the reminder policy of a customer. {@link PolicyCatalog} chooses by segment and risk
 * segment; a host may implement its own. Implementations must be thread-safe and must return
 * the same policy for the same inputs.
 */
@FunctionalInterface
public interface PolicySelector {

    /**
     * Chooses a policy.
     *
     * @param customer the customer; never null
     * @param riskSegment the customer's risk segment from payment behaviour, such as
     *     {@code LOW} or {@code HIGH}, or null when unknown
     * @return the policy; never null
     */
    ReminderPolicy select(Customer customer, String riskSegment);

    /**
     * Chooses a policy from a risk segment that core's payment behaviour analysis computed,
     * by passing the segment's name, such as {@code HIGH}, to {@link #select(Customer, String)}.
     *
     * @param customer the customer; never null
     * @param riskSegment the customer's risk segment, or null when unknown
     * @return the policy; never null
     */
    default ReminderPolicy select(Customer customer, RiskSegment riskSegment) {
        return select(customer, riskSegment == null ? null : riskSegment.name());
    }
}
