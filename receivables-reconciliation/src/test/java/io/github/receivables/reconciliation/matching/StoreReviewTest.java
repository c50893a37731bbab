package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.store.StoreAllocationWriter;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PayerRule;
import io.github.receivables.spi.store.Versioned;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reviews through {@link StoreReconciler}: what confirm, reject and un-apply store, the payer
 * rules learned, and that a new process finds the stored decisions.
 */
class StoreReviewTest {

    private static final String ACCOUNT = "000123456789";

    private final StorePortfolio portfolio = new StorePortfolio(Fixtures.DAY);
    private final Fixtures lines = new Fixtures();
    private final DocumentId invoice;

    StoreReviewTest() {
        portfolio.customer("C1", "Comercial Andes SpA", 76_000_001);
        portfolio.customer("C2", "Ferreteria Sur Ltda", 76_000_002);
        invoice = portfolio.invoice("C1", "1001", 100_000);
        portfolio.invoice("C2", "2001", 80_000);
    }

    @Test
    void unapplyIsNeverRedoneInNewProcess() {
        List<StatementEntry> statement = List.of(lines.credit(100_000, "Comercial Andes",
                null, null, "factura 1001"));
        StoreReconciler first = portfolio.reconciler(MatchingConfig.defaults());
        LineOutcome applied = first.cashApplication().run(statement, Fixtures.DAY).outcomes()
                .get(0);
        assertEquals(LineOutcome.Action.AUTO_APPLIED, applied.action());

        first.cashApplication().unapply(applied.line().id(), "ana", Fixtures.DAY);
        RunReport again = portfolio.reconciler(MatchingConfig.defaults()).cashApplication()
                .run(statement, Fixtures.DAY);

        assertEquals(LineOutcome.Action.ALREADY_DECIDED, again.outcomes().get(0).action());
        assertEquals(DecisionStatus.USER_UNAPPLIED,
                again.outcomes().get(0).decision().status());
        assertEquals(0, portfolio.settledMinor(invoice));
        MatchDecision stored = stored(applied.line().id());
        assertEquals(MatchStatus.UNAPPLIED, stored.status());
        assertEquals(StoreAllocationWriter.USER_UNAPPLY_ACTOR, stored.decidedBy());
    }

    @Test
    void confirmQueuedProposalStoresReviewerAndRules() {
        StoreReconciler reconciler = portfolio.reconciler(strict());
        LineOutcome queued = runQueued(reconciler);
        assertEquals(MatchStatus.PROPOSED, stored(queued.line().id()).status());

        Proposal proposal = queued.decision().findProposal().orElseThrow();
        reconciler.cashApplication().confirm(queued.line().id(), proposal, "ana", Fixtures.DAY);

        MatchDecision confirmed = stored(queued.line().id());
        assertEquals(MatchStatus.CONFIRMED, confirmed.status());
        assertEquals("ana", confirmed.decidedBy());
        assertEquals(100_000, portfolio.settledMinor(invoice));
        List<Versioned<PayerRule>> rules = portfolio.stores.matchDecisions()
                .listPayerRules(PageRequest.first(10)).items();
        assertEquals(2, rules.size());
        for (Versioned<PayerRule> rule : rules) {
            assertEquals("C1", rule.value().customerId().value());
            assertFalse(rule.value().payerKey().contains(ACCOUNT), rule.value().payerKey());
        }
    }

    @Test
    void confirmedProposalIsFoundByAmount() {
        StoreReconciler reconciler = portfolio.reconciler(strict());
        LineOutcome queued = runQueued(reconciler);
        assertEquals(queued.line().amount(), stored(queued.line().id()).lineKeys().amount());

        reconciler.cashApplication().confirm(queued.line().id(),
                queued.decision().findProposal().orElseThrow(), "ana", Fixtures.DAY);

        List<Versioned<MatchDecision>> found = portfolio.stores.matchDecisions()
                .findAppliedByAmount(queued.line().amount(), null, null);
        assertEquals(List.of(queued.line().id()),
                found.stream().map(row -> row.value().id().value()).toList());
        assertEquals("ana", found.get(0).value().decidedBy());
    }

    @Test
    void confirmEditedProposalStoresAppliedLines() {
        StoreReconciler reconciler = portfolio.reconciler(strict());
        LineOutcome queued = runQueued(reconciler);
        Proposal proposed = queued.decision().findProposal().orElseThrow();
        ProposedAllocation first = proposed.allocations().get(0);
        Money half = Money.ofMinor(first.amount().minorUnits() / 2, first.amount().currency());
        Proposal edited = new Proposal(proposed.lineId(), MatchShape.PARTIAL,
                proposed.customerId(), List.of(new ProposedAllocation(first.item(),
                        first.source(), half, half)), List.of(), List.of(),
                proposed.customerCredit(), proposed.lineTotal().minus(half), proposed.scoreBp(),
                proposed.evidence(), false);

        reconciler.cashApplication().confirm(queued.line().id(), edited, "ana", Fixtures.DAY);

        MatchDecision confirmed = stored(queued.line().id());
        assertEquals(MatchStatus.CONFIRMED, confirmed.status());
        assertEquals(half, confirmed.lines().get(0).amount());
        assertEquals(half.minorUnits(), portfolio.settledMinor(invoice));
        assertEquals(1, confirmed.allocationIds().size());
    }

    @Test
    void rejectQueuedProposalStoresRejected() {
        StoreReconciler reconciler = portfolio.reconciler(strict());
        LineOutcome queued = runQueued(reconciler);

        reconciler.cashApplication().reject(queued.line().id(), "ana", Fixtures.DAY);

        MatchDecision rejected = stored(queued.line().id());
        assertEquals(MatchStatus.REJECTED, rejected.status());
        assertEquals("ana", rejected.decidedBy());
        assertEquals(0, portfolio.settledMinor(invoice));
    }

    @Test
    void unmatchedLineIsRememberedAcrossProcesses() {
        List<StatementEntry> statement = List.of(lines.credit(12_345, "Nadie", null, null,
                "pago"));
        RunReport report = portfolio.reconciler(MatchingConfig.defaults()).cashApplication()
                .run(statement, Fixtures.DAY);
        assertEquals(LineOutcome.Action.UNMATCHED, report.outcomes().get(0).action());

        RunReport again = portfolio.reconciler(MatchingConfig.defaults()).cashApplication()
                .run(statement, Fixtures.DAY);

        LineOutcome outcome = again.outcomes().get(0);
        assertEquals(LineOutcome.Action.ALREADY_DECIDED, outcome.action());
        assertEquals(DecisionStatus.UNMATCHED, outcome.decision().status());
        assertEquals(12_345, outcome.decision().keys().amount().minorUnits());
    }

    /** Runs a line that fits invoice 1001 by unique name and amount, which scores below 10,000. */
    private LineOutcome runQueued(StoreReconciler reconciler) {
        StatementEntry entry = lines.credit(100_000, "Comercial Andes SpA", null, ACCOUNT,
                "transferencia");
        LineOutcome outcome = reconciler.cashApplication().run(List.of(entry), Fixtures.DAY)
                .outcomes().get(0);
        assertEquals(LineOutcome.Action.QUEUED, outcome.action());
        return outcome;
    }

    private static MatchingConfig strict() {
        return MatchingConfig.builder().thresholdBp("default", 10_000).build();
    }

    private MatchDecision stored(String lineId) {
        return portfolio.stores.matchDecisions().find(MatchDecisionId.of(lineId))
                .map(Versioned::value).orElseThrow();
    }
}
