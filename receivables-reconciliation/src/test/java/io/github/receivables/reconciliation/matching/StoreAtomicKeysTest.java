package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.spi.store.BankLineKeys;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.StoreUnavailableException;
import io.github.receivables.spi.store.Stores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bank line keys of an applied line are written in the writer's transaction, together with
 * the payment, allocations and decision: a failure leaves nothing, and a success needs no
 * second write to carry the keys.
 */
class StoreAtomicKeysTest {

    private static final LocalDate DAY = Fixtures.DAY;

    private final StorePortfolio portfolio = new StorePortfolio(DAY);
    private final Fixtures lines = new Fixtures();
    private final DocumentId invoice;

    StoreAtomicKeysTest() {
        portfolio.customer("C1", "Comercial Andes SpA", 76_000_001);
        invoice = portfolio.invoice("C1", "1001", 100_000);
    }

    private StatementEntry paying(String endToEndId) {
        return lines.entry(new StatementAmount(BigDecimal.valueOf(100_000), "CLP"),
                new Party("Comercial Andes SpA", null, null, null), "factura 1001", null,
                endToEndId, null, EntryStatus.BOOKED, false);
    }

    private LineOutcome run(Stores stores, StatementEntry entry) {
        StoreReconciler reconciler = StoreReconciler.open(stores, MatchingConfig.defaults(),
                StorePortfolio.CLOCK, DAY);
        return reconciler.cashApplication().run(List.of(entry), DAY).outcomes().get(0);
    }

    @Test
    void failureAfterAllocationsLeavesNothing() {
        StorePortfolio.Snapshot before = portfolio.snapshot();

        assertThrows(StoreUnavailableException.class,
                () -> run(FailingStores.failDecisionInsert(portfolio.stores),
                        paying("E2E-1")));

        assertEquals(before, portfolio.snapshot());
        assertEquals(0, portfolio.settledMinor(invoice));
    }

    @Test
    void appliedLineHasKeysWithoutSecondWrite() {
        LineOutcome outcome = run(FailingStores.failDecisionUpdate(portfolio.stores),
                paying("E2E-1"));

        assertEquals(LineOutcome.Action.AUTO_APPLIED, outcome.action());
        MatchDecision stored = portfolio.stores.matchDecisions()
                .find(MatchDecisionId.of(outcome.line().id())).orElseThrow().value();
        BankLineKeys keys = stored.lineKeys();
        assertNotNull(keys, "line keys");
        assertEquals("E2E-1", keys.endToEndId());
        assertEquals(outcome.line().amount(), keys.amount());
        assertEquals(100_000, portfolio.settledMinor(invoice));
    }

    @Test
    void appliedLineFoundByEndToEndId() {
        run(portfolio.stores, paying("E2E-1"));

        List<MatchDecision> found = portfolio.stores.matchDecisions()
                .findAppliedByEndToEndId("E2E-1").stream().map(row -> row.value()).toList();

        assertEquals(1, found.size());
        assertEquals(invoice, found.get(0).lines().get(0).documentId());
    }
}
