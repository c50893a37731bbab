package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store snapshot and the streaming handler of {@link StoreReconciler}. */
class StoreReconcilerTest {

    private final StorePortfolio portfolio = new StorePortfolio(Fixtures.DAY);
    private final Fixtures lines = new Fixtures();
    private final DocumentId invoice;
    private final DocumentId paid;

    StoreReconcilerTest() {
        portfolio.customer("C1", "Comercial Andes SpA", 76_000_001);
        invoice = portfolio.invoice("C1", "1001", 100_000);
        paid = portfolio.partlyPaid("C1", "1002", 50_000, 0);
    }

    @Test
    void structuredReferenceSettlesDocument() {
        String reference = PaymentReference.forDocument(invoice).grouped();
        StatementEntry entry = lines.credit(100_000, "Otro Pagador", null, null,
                "pago " + reference);

        List<LineOutcome> outcomes = portfolio.reconciler(MatchingConfig.defaults())
                .cashApplication().run(List.of(entry), Fixtures.DAY).outcomes();

        assertEquals(LineOutcome.Action.AUTO_APPLIED, outcomes.get(0).action());
        assertEquals(100_000, portfolio.settledMinor(invoice));
    }

    @Test
    void settledDocumentIsNotOpen() {
        StatementEntry entry = lines.credit(50_000, "Comercial Andes SpA", null, null,
                "factura 1002");

        List<LineOutcome> outcomes = portfolio.reconciler(MatchingConfig.defaults())
                .cashApplication().run(List.of(entry), Fixtures.DAY).outcomes();

        assertEquals(50_000, portfolio.settledMinor(paid));
        assertEquals(0, portfolio.stores.allocations().findByDocument(paid).stream()
                .filter(a -> !a.id().value().startsWith("EARLIER-")).count());
        assertEquals(1, outcomes.size());
    }

    @Test
    void handlerDecidesEachEntryAsItArrives() {
        List<LineOutcome> streamed = new ArrayList<>();
        StatementHandler handler = portfolio.reconciler(MatchingConfig.defaults())
                .handler(streamed::add);

        handler.entry(lines.credit(100_000, "Comercial Andes SpA", null, null, "factura 1001"));
        handler.entry(lines.credit(7_777, "Nadie", null, null, "pago"));

        assertEquals(List.of(LineOutcome.Action.AUTO_APPLIED, LineOutcome.Action.UNMATCHED),
                streamed.stream().map(LineOutcome::action).toList());
        assertEquals(100_000, portfolio.settledMinor(invoice));
    }
}
