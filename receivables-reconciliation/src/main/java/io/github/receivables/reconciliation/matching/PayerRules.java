package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.party.CustomerId;
import java.util.Optional;

/**
 * Payer identities learned from confirmed matches. This is a port to the host's store; the
 * in-memory implementation keeps the latest rule per key. Implementations must be thread-safe
 * for reads.
 */
public interface PayerRules {

    /**
     * Returns the customer learned for an account.
     *
     * @param accountKey the account normalized as in {@link LineKeys#payerAccount()}; never null
     * @return the customer, or empty
     */
    Optional<CustomerId> customerForAccount(String accountKey);

    /**
     * Returns the customer learned for a payer name.
     *
     * @param normalizedName the name normalized as in {@link LineKeys#payerName()}; never null
     * @return the customer, or empty
     */
    Optional<CustomerId> customerForName(String normalizedName);

    /**
     * Stores a rule, replacing an earlier rule with the same kind and key.
     *
     * @param rule the rule; never null
     */
    void learn(PayerRule rule);
}
