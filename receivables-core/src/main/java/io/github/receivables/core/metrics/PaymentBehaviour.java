package io.github.receivables.core.metrics;

import io.github.receivables.core.party.CustomerId;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's payment behaviour and the risk segment derived from it.
 *
 * @param customerId the customer; never null
 * @param statistics how it paid, or null when no instalment was settled in the window
 * @param oldestDaysPastDue days past due of its oldest open item, zero when nothing is overdue
 * @param segment the risk segment; never null
 */
public record PaymentBehaviour(
        CustomerId customerId,
        PaymentStatistics statistics,
        long oldestDaysPastDue,
        RiskSegment segment) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if customerId or segment is null
     */
    public PaymentBehaviour {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(segment, "segment");
    }

    /**
     * Returns the payment statistics.
     *
     * @return the statistics, or empty when nothing was settled in the window
     */
    public Optional<PaymentStatistics> findStatistics() {
        return Optional.ofNullable(statistics);
    }
}
