package io.github.receivables.reconciliation.matching.memory;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.PayerRule;
import io.github.receivables.reconciliation.matching.PayerRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PayerRules} in memory; the latest rule per key wins. Thread-safe. */
public final class InMemoryPayerRules implements PayerRules {

    private final Map<String, PayerRule> byAccount = new ConcurrentHashMap<>();
    private final Map<String, PayerRule> byName = new ConcurrentHashMap<>();

    /** Creates an empty rule store. */
    public InMemoryPayerRules() {}

    @Override
    public Optional<CustomerId> customerForAccount(String accountKey) {
        PayerRule rule = byAccount.get(accountKey);
        return rule == null ? Optional.empty() : Optional.of(rule.customerId());
    }

    @Override
    public Optional<CustomerId> customerForName(String normalizedName) {
        PayerRule rule = byName.get(normalizedName);
        return rule == null ? Optional.empty() : Optional.of(rule.customerId());
    }

    @Override
    public void learn(PayerRule rule) {
        (rule.kind() == PayerRule.Kind.ACCOUNT ? byAccount : byName).put(rule.key(), rule);
    }

    /**
     * Returns all rules, accounts first.
     *
     * @return a copy; never null
     */
    public List<PayerRule> rules() {
        List<PayerRule> all = new ArrayList<>(byAccount.values());
        all.addAll(byName.values());
        return all;
    }
}
