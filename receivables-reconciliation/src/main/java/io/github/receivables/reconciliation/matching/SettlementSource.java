package io.github.receivables.reconciliation.matching;

import java.util.Optional;

/**
 * Supplies payment providers' settlement details, so that a payout credited as one bank line is
 * matched payment by payment. Hosts without providers use {@link #none()}. Implementations must
 * be thread-safe.
 */
@FunctionalInterface
public interface SettlementSource {

    /**
     * Finds the settlement detail of a payout line, typically by the payout id in its text.
     *
     * @param line a settled credit line; never null
     * @return the detail, or empty when the line is not a known payout
     */
    Optional<PayoutSettlement> find(BankLine line);

    /**
     * Returns a source that knows no payouts.
     *
     * @return the empty source
     */
    static SettlementSource none() {
        return line -> Optional.empty();
    }
}
