package io.github.receivables.spi.memory;

import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.spi.memory.Keys.TimeKey;
import io.github.receivables.spi.memory.MemoryDatabase.DatedKey;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PayerRule;
import io.github.receivables.spi.store.Versioned;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
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
    public List<Versioned<MatchDecision>> findAppliedByEndToEndId(String endToEndId) {
        Objects.requireNonNull(endToEndId, "endToEndId");
        return access.read(() -> rows(db.appliedByEndToEndId.group(endToEndId).values()));
    }

    @Override
    public List<Versioned<MatchDecision>> findAppliedByBankReference(String bankReference) {
        Objects.requireNonNull(bankReference, "bankReference");
        return access.read(() -> rows(db.appliedByBankReference.group(bankReference).values()));
    }

    @Override
    public List<Versioned<MatchDecision>> findAppliedByAmount(Money amount, LocalDate from,
            LocalDate to) {
        Objects.requireNonNull(amount, "amount");
        MatchDecisionStore.checkDateWindow(from, to);
        return access.read(() -> {
            NavigableMap<DatedKey, MatchDecisionId> group = db.appliedByAmount.group(amount);
            return rows(window(group, from, to).values()).stream()
                    .sorted(Comparator.comparing(row -> new TimeKey(row.value().createdAt(),
                            row.value().id().value()), Keys.TIME_KEYS))
                    .toList();
        });
    }

    /**
     * Narrows the amount index to a date window. With no bound every row is kept, undated ones
     * included; any bound excludes undated rows, which sort before every date. An empty group
     * is returned as it is, because the shared empty map has no comparator for the bounds.
     */
    private static NavigableMap<DatedKey, MatchDecisionId> window(
            NavigableMap<DatedKey, MatchDecisionId> group, LocalDate from, LocalDate to) {
        if (group.isEmpty() || (from == null && to == null)) {
            return group;
        }
        DatedKey lower = new DatedKey(from == null ? LocalDate.MIN : from, null);
        if (to == null || to.equals(LocalDate.MAX)) {
            return group.tailMap(lower, true);
        }
        return group.subMap(lower, true, new DatedKey(to.plusDays(1), null), false);
    }

    private List<Versioned<MatchDecision>> rows(Collection<MatchDecisionId> ids) {
        return ids.stream().map(db.decisions::get).toList();
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
