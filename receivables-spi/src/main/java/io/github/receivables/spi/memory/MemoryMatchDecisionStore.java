package io.github.receivables.spi.memory;

import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.spi.memory.Keys.TimeKey;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PayerRule;
import io.github.receivables.spi.store.Versioned;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link MatchDecisionStore} over the in-memory tables. */
final class MemoryMatchDecisionStore implements MatchDecisionStore {

    private static final Keys.TokenCodec<TimeKey> DECISION_TOKENS = Keys.timeTokens();
    private static final Keys.TokenCodec<String> RULE_TOKENS = Keys.idTokens(key -> key, key -> key);

    private final MemoryDatabase db;
    private final Access access;
    private final VersionedRows<MatchDecisionId, MatchDecision> decisions;
    private final VersionedRows<String, PayerRule> rules;

    MemoryMatchDecisionStore(MemoryDatabase db, Access access) {
        this.db = db;
        this.access = access;
        this.decisions = new VersionedRows<>("match decision", db.decisions, MatchDecision::id);
        this.rules = new VersionedRows<>("payer rule", db.payerRules, PayerRule::payerKey);
    }

    @Override
    public Versioned<MatchDecision> insert(MatchDecision decision) {
        Objects.requireNonNull(decision, "decision");
        return access.write(undo -> decisions.insert(decision, undo));
    }

    @Override
    public Optional<Versioned<MatchDecision>> find(MatchDecisionId id) {
        Objects.requireNonNull(id, "id");
        return access.read(() -> Optional.ofNullable(db.decisions.get(id)));
    }

    @Override
    public List<Versioned<MatchDecision>> findByPayment(PaymentId paymentId) {
        Objects.requireNonNull(paymentId, "paymentId");
        return access.read(() -> db.decisionsByPayment.group(paymentId).values().stream()
                .map(db.decisions::get).toList());
    }

    @Override
    public Page<Versioned<MatchDecision>> findByStatus(MatchStatus status, PageRequest request) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(request, "request");
        return access.read(() -> Paging.page(db.decisionsByStatus.group(status), request,
                DECISION_TOKENS, db.decisions::get));
    }

    @Override
    public Versioned<MatchDecision> update(MatchDecision decision, long expectedVersion) {
        Objects.requireNonNull(decision, "decision");
        return access.write(undo -> decisions.update(decision, expectedVersion, undo));
    }

    @Override
    public Optional<Versioned<PayerRule>> findPayerRule(String payerKey) {
        Objects.requireNonNull(payerKey, "payerKey");
        return access.read(() -> Optional.ofNullable(db.payerRules.get(payerKey)));
    }

    @Override
    public Versioned<PayerRule> putPayerRule(PayerRule rule, long expectedVersion) {
        Objects.requireNonNull(rule, "rule");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expected version of payer rule "
                    + rule.payerKey() + " must be 0 (new rule) or more, got " + expectedVersion);
        }
        return access.write(undo -> expectedVersion == 0 ? rules.insert(rule, undo)
                : rules.update(rule, expectedVersion, undo));
    }

    @Override
    public void deletePayerRule(String payerKey, long expectedVersion) {
        Objects.requireNonNull(payerKey, "payerKey");
        access.write(undo -> {
            rules.requireVersion(payerKey, expectedVersion);
            db.payerRules.remove(payerKey, undo);
            return null;
        });
    }

    @Override
    public Page<Versioned<PayerRule>> listPayerRules(PageRequest request) {
        Objects.requireNonNull(request, "request");
        return access.read(() -> Paging.page(db.payerRules.rows(), request, RULE_TOKENS,
                row -> row));
    }
}
