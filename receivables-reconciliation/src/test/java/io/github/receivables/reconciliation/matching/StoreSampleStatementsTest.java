package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.camt.CamtReader;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.reconciliation.mt940.Mt940Reader;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.text.Samples;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real sample statements read by the real readers and matched through {@link StoreReconciler}
 * against small portfolios in the in-memory SPI stores, written to correspond to each file.
 */
class StoreSampleStatementsTest {

    @Test
    void camt054QrReferencesSettleBothInvoices() {
        List<BankStatement> statements = Samples.read(CamtReader.create(), "camt054",
                "postfinance_qrr_v04.xml");
        StorePortfolio portfolio = new StorePortfolio(LocalDate.of(2020, 6, 18));
        portfolio.customer("CH-1", "Maria Bernasconi");
        DocumentId first = portfolio.invoice("CH-1", "QR-20", Money.of("778.29", "CHF"));
        DocumentId second = portfolio.invoice("CH-1", "QR-30", Money.of("913.93", "CHF"));
        StoreReconciler reconciler = portfolio.reconciler(MatchingConfig.defaults(), Map.of(
                first, new ItemReference(ItemReference.Kind.QR, "539115429773825311971477453"),
                second, new ItemReference(ItemReference.Kind.QR, "662437765447746478179744715")));

        StoreReconciler.Result result = reconciler.run(statements);

        assertEquals(77_829, portfolio.settledMinor(first));
        assertEquals(91_393, portfolio.settledMinor(second));
        assertEquals(2, result.report().counts().get(LineOutcome.Action.AUTO_APPLIED));
    }

    @Test
    void camt053BatchEntrySettlesEachTransaction() {
        List<BankStatement> statements = Samples.read(CamtReader.create(), "camt053",
                "oca_ch_batch_txdtls_v04.xml");
        StorePortfolio portfolio = new StorePortfolio(LocalDate.of(2017, 3, 22));
        portfolio.customer("CH-2", "Banque Cantonale Vaudoise");
        DocumentId first = portfolio.invoice("CH-2", "ISR-1", Money.of("2187.00", "CHF"));
        DocumentId second = portfolio.invoice("CH-2", "ISR-2", Money.of("1296.00", "CHF"));
        StoreReconciler reconciler = portfolio.reconciler(MatchingConfig.defaults(), Map.of(
                first, new ItemReference(ItemReference.Kind.ESR, "302388292000011111111111111"),
                second, new ItemReference(ItemReference.Kind.ESR, "302388292000022222222222222")));

        StoreReconciler.Result result = reconciler.run(statements);

        assertEquals(218_700, portfolio.settledMinor(first));
        assertEquals(129_600, portfolio.settledMinor(second));
        assertEquals(2, result.report().counts().get(LineOutcome.Action.AUTO_APPLIED));
    }

    @Test
    void camt054ReversalSettlesNothing() {
        List<BankStatement> statements = Samples.read(CamtReader.create(), "camt054",
                "viafintech_v02.xml");
        StorePortfolio portfolio = new StorePortfolio(LocalDate.of(2016, 4, 10));
        portfolio.customer("CH-3", "Maria Bernasconi");
        DocumentId reversed = portfolio.invoice("CH-3", "128", Money.of("6.00", "CHF"));

        StoreReconciler.Result result = portfolio.reconciler(MatchingConfig.defaults())
                .run(statements);

        assertEquals(0, portfolio.settledMinor(reversed));
        List<LineOutcome> reversals = result.report().outcomes().stream()
                .filter(outcome -> outcome.line().reversal()).toList();
        assertFalse(reversals.isEmpty());
        for (LineOutcome outcome : reversals) {
            assertEquals(LineOutcome.Action.REVERSAL_UNRESOLVED, outcome.action(),
                    outcome.line().id());
            assertTrue(result.reviewQueue().contains(outcome), outcome.line().id());
            assertTrue(portfolio.stores.payments().findByExternalId(outcome.line().id())
                    .isEmpty(), outcome.line().id());
        }
    }

    @Test
    void mt940InvoiceNumbersSettleOnlyNamedInvoices() {
        List<BankStatement> statements = Samples.read(new Mt940Reader(), "mt940",
                "de_sepa_large.sta");
        StorePortfolio portfolio = new StorePortfolio(LocalDate.of(2007, 9, 4));
        portfolio.customer("DE-1", "Cornelia Prochownik");
        portfolio.customer("DE-2", "Dirk Leunig");
        portfolio.customer("DE-3", "Otto Normalverbraucher");
        DocumentId small = portfolio.invoice("DE-1", "TF20018", Money.of("125.88", "EUR"));
        DocumentId large = portfolio.invoice("DE-1", "TF20014", Money.of("300000.00", "EUR"));
        DocumentId leunig = portfolio.invoice("DE-2", "TF20011", Money.of("500000.00", "EUR"));
        DocumentId unpaid = portfolio.invoice("DE-3", "TF30001", Money.of("777.77", "EUR"));

        StoreReconciler.Result result = portfolio.reconciler(MatchingConfig.defaults())
                .run(statements);

        assertEquals(12_588, portfolio.settledMinor(small));
        assertEquals(30_000_000, portfolio.settledMinor(large));
        assertEquals(50_000_000, portfolio.settledMinor(leunig));
        assertEquals(0, portfolio.settledMinor(unpaid));
        assertEquals(3, result.report().counts().get(LineOutcome.Action.AUTO_APPLIED));
    }

    @Test
    void mt940SecondRunChangesNothing() {
        List<BankStatement> statements = Samples.read(new Mt940Reader(), "mt940",
                "de_sepa_large.sta");
        StorePortfolio portfolio = new StorePortfolio(LocalDate.of(2007, 9, 4));
        portfolio.customer("DE-1", "Cornelia Prochownik");
        portfolio.invoice("DE-1", "TF20018", Money.of("125.88", "EUR"));
        portfolio.reconciler(MatchingConfig.defaults()).run(statements);
        StorePortfolio.Snapshot before = portfolio.snapshot();

        StoreReconciler.Result again = portfolio.reconciler(MatchingConfig.defaults())
                .run(statements);

        assertEquals(0, again.report().changedCount());
        assertEquals(before, portfolio.snapshot());
    }
}
