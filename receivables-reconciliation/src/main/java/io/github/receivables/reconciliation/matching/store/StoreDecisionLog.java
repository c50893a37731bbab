package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.Decision;
import io.github.receivables.reconciliation.matching.DecisionLog;
import io.github.receivables.reconciliation.matching.DecisionStatus;
import io.github.receivables.reconciliation.matching.LineKeys;
import io.github.receivables.reconciliation.matching.memory.InMemoryDecisionLog;
import io.github.receivables.spi.store.BankLineKeys;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.ProposedAllocation;
import io.github.receivables.spi.store.StatementImport;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link DecisionLog} over the SPI {@link MatchDecisionStore}, used together with {@link
 * StoreAllocationWriter}. The writer stores applied decisions, and this log stores proposals queued
 * for review as {@link MatchStatus#PROPOSED} and moves stored decisions when a person confirms,
 * rejects or un-applies. A line decided in an earlier run, by any process, is found through the
 * store, so re-running a statement changes nothing and an un-applied line is never redone.
 *
 * <p>Every applied line has a stored decision, written by the writer in the line's transaction
 * with the line's {@link BankLineKeys} (see {@link LineKeyMapping}). That includes lines that
 * took nothing from their payment (credit note netting, a write-off alone, unidentified cash),
 * whose decision has no lines. The three reversal look-ups read the store's indexes of applied
 * decisions, so a reversal in a later statement finds its original whichever process applied
 * it. The full decisions of this instance's runs (with their proposals) are also kept in
 * memory, and a look-up returns those in place of the store's reduced form.
 *
 * <p>Lines decided without applying anything (unmatched lines, reversal lines, and queued
 * proposals that take nothing from the payment) are remembered in the {@link
 * io.github.receivables.spi.store.StatementImportStore} instead: as entry {@code
 * matching-line:} plus the line id under the statement key {@code
 * matching:STATUS:CURRENCY:AMOUNT} (amount in minor units), such as {@code
 * matching:UNMATCHED:CLP:150000}. That record is written once, so a later run skips the line
 * with its first status.
 *
 * Not thread-safe: use one instance per run.
 */
public final class StoreDecisionLog implements DecisionLog {

    private static final String STATEMENT_PREFIX = "matching:";

    private final Stores stores;
    private final Clock clock;
    private final InMemoryDecisionLog recent = new InMemoryDecisionLog();

    /**
     * Creates a log.
     *
     * @param stores the stores; never null
     * @param clock the clock that stamps stored decisions; never null
     */
    public StoreDecisionLog(Stores stores, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * <p>A line decided only in the store comes back with its stored status (un-applied ones as
     * {@link DecisionStatus#USER_UNAPPLIED} or {@link DecisionStatus#REVERSED_BY_BANK}), no
     * proposals, and the stored line keys, or keys that contain only the amount and the day of
     * the payment when the decision has none.
     */
    @Override
    public Optional<Decision> find(String lineId) {
        Objects.requireNonNull(lineId, "lineId");
        Optional<Decision> found = recent.find(lineId);
        if (found.isPresent()) {
            return found;
        }
        Optional<Payment> payment = stores.payments().findByExternalId(lineId)
                .map(Versioned::value);
        Optional<MatchDecision> stored = stores.matchDecisions()
                .find(StoreIds.decisionId(lineId)).map(Versioned::value);
        if (stored.isEmpty() && payment.isEmpty()) {
            return findRemembered(lineId);
        }
        if (stored.isPresent() && stored.get().lineKeys() != null) {
            return Optional.of(toDecision(stored.get()));
        }
        LocalDate day = payment.map(Payment::receivedOn).orElseGet(() -> stored.get().createdAt()
                .atOffset(ZoneOffset.UTC).toLocalDate());
        Money amount = payment.map(Payment::amount).orElseGet(() -> total(stored.get()));
        LineKeys keys = new LineKeys(day, null, null, amount, null, "");
        DecisionStatus status = stored.map(StoreDecisionLog::status)
                .orElse(DecisionStatus.AUTO_APPLIED);
        String actor = stored.map(MatchDecision::decidedBy).orElse(Decision.AUTOMATIC);
        return Optional.of(new Decision(lineId, status, List.of(), keys, day,
                actor == null ? Decision.AUTOMATIC : actor, null));
    }

    private Optional<Decision> findRemembered(String lineId) {
        String statementKey = stores.statementImports()
                .findRecordedEntries(List.of(entryId(lineId))).get(entryId(lineId));
        if (statementKey == null || !statementKey.startsWith(STATEMENT_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = statementKey.substring(STATEMENT_PREFIX.length()).split(":");
        DecisionStatus status = DecisionStatus.valueOf(parts[0]);
        Money amount = Money.ofMinor(Long.parseLong(parts[2]), Currency.getInstance(parts[1]));
        LocalDate day = stores.statementImports().findStatement(statementKey)
                .map(statement -> LocalDate.ofInstant(statement.importedAt(), ZoneOffset.UTC))
                .orElseGet(() -> LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        LineKeys keys = new LineKeys(null, null, null, amount, null, "");
        return Optional.of(new Decision(lineId, status, List.of(), keys, day, Decision.AUTOMATIC,
                null));
    }

    private void remember(Decision decision) {
        Money amount = decision.keys().amount();
        String statementKey = STATEMENT_PREFIX + decision.status().name() + ":"
                + amount.currency().getCurrencyCode() + ":" + amount.minorUnits();
        stores.statementImports().recordStatement(
                new StatementImport(statementKey, null, clock.instant(), 0));
        stores.statementImports().recordEntries(statementKey,
                List.of(entryId(decision.lineId())));
    }

    private static String entryId(String lineId) {
        String id = "matching-line:" + lineId;
        return id.length() <= StatementImport.MAX_KEY_LENGTH ? id
                : "matching-line:" + StoreIds.sha256(lineId);
    }

    private static Money total(MatchDecision decision) {
        return decision.lines().stream().map(ProposedAllocation::amount)
                .reduce(Money::plus).orElseThrow();
    }

    private static DecisionStatus status(MatchDecision decision) {
        return switch (decision.status()) {
            case PROPOSED -> DecisionStatus.QUEUED;
            case AUTO_APPLIED -> DecisionStatus.AUTO_APPLIED;
            case CONFIRMED -> DecisionStatus.CONFIRMED;
            case REJECTED -> DecisionStatus.REJECTED;
            case UNAPPLIED -> StoreAllocationWriter.BANK_REVERSAL_ACTOR
                    .equals(decision.decidedBy())
                    ? DecisionStatus.REVERSED_BY_BANK : DecisionStatus.USER_UNAPPLIED;
        };
    }

    /**
     * {@inheritDoc}
     *
     * <p>Also stores a queued proposal as {@link MatchStatus#PROPOSED}, and moves a stored
     * decision to {@link MatchStatus#CONFIRMED} or {@link MatchStatus#REJECTED} when a person
     * confirms or rejects the line. Applied and un-applied statuses are stored by the writer.
     *
     * @throws io.github.receivables.spi.store.StoreException if the store fails
     */
    @Override
    public void record(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        recent.record(decision);
        MatchDecisionStore store = stores.matchDecisions();
        Optional<Versioned<MatchDecision>> stored = store.find(
                StoreIds.decisionId(decision.lineId()));
        switch (decision.status()) {
            case QUEUED -> {
                if (stored.isEmpty()) {
                    MatchDecision proposed = decision.findProposal()
                            .map(proposal -> Decisions.proposed(proposal, clock.instant()))
                            .orElse(null);
                    if (proposed == null) {
                        remember(decision);
                    } else {
                        store.insert(proposed.withLineKeys(LineKeyMapping.toStore(
                                decision.keys())));
                    }
                }
            }
            case UNMATCHED, REVERSAL_UNRESOLVED, REVERSAL_APPLIED -> remember(decision);
            case CONFIRMED -> confirm(stored, decision.actor());
            case REJECTED -> move(stored, MatchStatus.REJECTED, decision.actor());
            default -> {
                // The writer stores applied and un-applied statuses with the line's keys in
                // its own transaction.
            }
        }
    }

    /**
     * Moves an auto-applied decision to confirmed. A proposal the writer already confirmed
     * when it applied it carries the writer's actor, which is replaced by the reviewer's.
     */
    private void confirm(Optional<Versioned<MatchDecision>> stored, String actor) {
        if (stored.isPresent() && stored.get().value().status() == MatchStatus.CONFIRMED
                && Decisions.AUTOMATIC_ACTOR.equals(stored.get().value().decidedBy())) {
            MatchDecision old = stored.get().value();
            MatchDecision named = new MatchDecision(old.id(), old.lines(), old.confidence(),
                    old.explanation(), old.status(), old.createdAt(), clock.instant(), actor,
                    old.allocationIds(), old.lineKeys());
            stores.matchDecisions().update(named, stored.get().version());
            return;
        }
        move(stored, MatchStatus.CONFIRMED, actor);
    }

    private void move(Optional<Versioned<MatchDecision>> stored, MatchStatus next, String actor) {
        if (stored.isPresent() && stored.get().value().status().canMoveTo(next)) {
            MatchDecision moved = stored.get().value().decide(next, clock.instant(), actor);
            stores.matchDecisions().update(moved, stored.get().version());
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads the store's index, so decisions of earlier runs and other processes count.
     */
    @Override
    public List<Decision> findAppliedByEndToEndId(String endToEndId) {
        Objects.requireNonNull(endToEndId, "endToEndId");
        return merge(stores.matchDecisions().findAppliedByEndToEndId(endToEndId),
                recent.findAppliedByEndToEndId(endToEndId));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads the store's index, so decisions of earlier runs and other processes count.
     */
    @Override
    public List<Decision> findAppliedByBankReference(String bankReference) {
        Objects.requireNonNull(bankReference, "bankReference");
        return merge(stores.matchDecisions().findAppliedByBankReference(bankReference),
                recent.findAppliedByBankReference(bankReference));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads the store's index over every line date, so each call reads every applied decision
     * of that amount. Reversals use the windowed overload.
     */
    @Override
    public List<Decision> findAppliedByAmount(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return merge(stores.matchDecisions().findAppliedByAmount(amount, null, null),
                recent.findAppliedByAmount(amount));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads only the window from the store's index. A stored decision whose line had no date
     * is not returned, because the store cannot place it in the window.
     */
    @Override
    public List<Decision> findAppliedByAmount(Money amount, LocalDate from, LocalDate to) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return merge(stores.matchDecisions().findAppliedByAmount(amount, from, to),
                recent.findAppliedByAmount(amount, from, to));
    }

    /**
     * Joins the store's applied decisions, in the store's order, with this instance's applied
     * decisions that the store has no applied row for. A line of this instance is returned in
     * its full form, with its proposals, so the session can release what it settled. A line whose
     * stored decision is no longer applied (un-applied by another process) is left out.
     */
    private List<Decision> merge(List<Versioned<MatchDecision>> stored, List<Decision> local) {
        Map<String, Decision> byLine = new LinkedHashMap<>();
        for (Versioned<MatchDecision> row : stored) {
            String lineId = row.value().id().value();
            Decision decision = recent.find(lineId).filter(found -> found.status().isApplied())
                    .orElseGet(() -> toDecision(row.value()));
            byLine.put(lineId, decision);
        }
        for (Decision decision : local) {
            if (!byLine.containsKey(decision.lineId()) && !storedAsNotApplied(decision.lineId())) {
                byLine.put(decision.lineId(), decision);
            }
        }
        return List.copyOf(byLine.values());
    }

    private boolean storedAsNotApplied(String lineId) {
        return stores.matchDecisions().find(StoreIds.decisionId(lineId))
                .map(row -> !row.value().status().isApplied()).orElse(false);
    }

    /** Rebuilds the decision of a stored row that has line keys, without its proposals. */
    private static Decision toDecision(MatchDecision stored) {
        LineKeys keys = LineKeyMapping.fromStore(stored.lineKeys());
        LocalDate day = keys.date() != null ? keys.date()
                : stored.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
        String actor = stored.decidedBy() == null ? Decision.AUTOMATIC : stored.decidedBy();
        return new Decision(stored.id().value(), status(stored), List.of(), keys, day, actor,
                null);
    }
}
