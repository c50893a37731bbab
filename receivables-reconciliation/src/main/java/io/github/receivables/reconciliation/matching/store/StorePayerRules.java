package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.PayerRule;
import io.github.receivables.reconciliation.matching.PayerRules;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.Versioned;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PayerRules} over the payer rules of the SPI {@link MatchDecisionStore}. Keys are {@code
 * account:} plus the SHA-256 of the normalized account (the store must not keep account numbers
 * in clear) and {@code name:} plus the normalized name. Learning a rule for the customer a key
 * already names counts one more confirmation; learning it for another customer replaces the
 * rule. Thread-safe when the store is; a concurrent change of the same rule fails with the
 * store's {@link io.github.receivables.spi.store.OptimisticLockException}.
 */
public final class StorePayerRules implements PayerRules {

    private static final int MAX_KEY = 200;

    private final MatchDecisionStore store;

    /**
     * Creates rules over a store.
     *
     * @param store the match decision store; never null
     */
    public StorePayerRules(MatchDecisionStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<CustomerId> customerForAccount(String accountKey) {
        return find(accountKey(accountKey));
    }

    @Override
    public Optional<CustomerId> customerForName(String normalizedName) {
        return find(nameKey(normalizedName));
    }

    private Optional<CustomerId> find(String payerKey) {
        return store.findPayerRule(payerKey).map(row -> row.value().customerId());
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.receivables.spi.store.StoreException if the store fails, such as on a
     *     concurrent change of the same rule
     */
    @Override
    public void learn(PayerRule rule) {
        Objects.requireNonNull(rule, "rule");
        String payerKey = rule.kind() == PayerRule.Kind.ACCOUNT
                ? accountKey(rule.key()) : nameKey(rule.key());
        var confirmedAt = rule.learnedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        Optional<Versioned<io.github.receivables.spi.store.PayerRule>> existing =
                store.findPayerRule(payerKey);
        if (existing.isEmpty()) {
            store.putPayerRule(new io.github.receivables.spi.store.PayerRule(payerKey,
                    rule.customerId(), 1, 0, confirmedAt), 0);
            return;
        }
        io.github.receivables.spi.store.PayerRule old = existing.get().value();
        int confirmations = old.customerId().equals(rule.customerId())
                ? old.confirmations() + 1 : 1;
        store.putPayerRule(new io.github.receivables.spi.store.PayerRule(payerKey,
                rule.customerId(), confirmations, 0, confirmedAt), existing.get().version());
    }

    /** Returns the store key of an account: its SHA-256, never the account itself. */
    static String accountKey(String account) {
        return "account:" + StoreIds.sha256(Objects.requireNonNull(account, "account"));
    }

    /** Returns the store key of a name, hashing names too long for the store's key limit. */
    static String nameKey(String name) {
        String key = "name:" + Objects.requireNonNull(name, "name");
        return key.length() <= MAX_KEY ? key : "name:" + StoreIds.sha256(name);
    }
}
