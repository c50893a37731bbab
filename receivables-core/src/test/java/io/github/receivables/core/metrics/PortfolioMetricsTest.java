package io.github.receivables.core.metrics;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.BETA;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.aging.Aging;
import io.github.receivables.core.aging.AgingOptions;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationRequest;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.Settlement;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioMetricsTest {

    private static final List<SalesPeriod> QUARTER = List.of(
            new SalesPeriod(day("2024-01-01"), day("2024-01-31"), clp(900_000)),
            new SalesPeriod(day("2024-02-01"), day("2024-02-29"), clp(1_000_000)),
            new SalesPeriod(day("2024-03-01"), day("2024-03-31"), clp(1_100_000)));

    private static PortfolioFigures quarter(long sales) {
        return new PortfolioFigures(day("2024-01-01"), day("2024-03-31"), clp(1_000_000),
                clp(1_200_000), clp(900_000), clp(sales), QUARTER, 2, clp(600_000));
    }

    private static PortfolioMetrics compute(PortfolioFigures figures, List<Settlement> paid) {
        return PortfolioMetrics.compute(figures, paid, MetricsOptions.defaults());
    }

    @Test
    void dsoIsReceivablesOverSalesTimesDays() {
        PortfolioMetrics metrics = compute(quarter(3_000_000), List.of());

        assertEquals(new BigDecimal("36.40"), metrics.dso().orElseThrow());
        assertEquals(new BigDecimal("27.30"), metrics.bestPossibleDso().orElseThrow());
        assertEquals(new BigDecimal("9.10"), metrics.averageDaysDelinquent().orElseThrow());
    }

    @Test
    void countbackDsoWalksBackThroughMonths() {
        PortfolioMetrics metrics = compute(quarter(3_000_000), List.of());

        assertEquals(new BigDecimal("33.90"), metrics.countbackDso().orElseThrow());
    }

    @Test
    void countbackDsoEmptyWhenHistoryTooShort() {
        PortfolioFigures figures = new PortfolioFigures(day("2024-03-01"), day("2024-03-31"),
                clp(0), clp(5_000_000), clp(0), clp(1_100_000), QUARTER.subList(2, 3), 0,
                clp(0));

        assertEquals(Optional.empty(), compute(figures, List.of()).countbackDso());
    }

    @Test
    void ceiOverdueRatioAndConcentration() {
        PortfolioMetrics metrics = compute(quarter(3_000_000), List.of());

        assertEquals(new BigDecimal("90.3226"), metrics.collectionEffectivenessIndex()
                .orElseThrow());
        assertEquals(new BigDecimal("0.2500"), metrics.overdueRatio().orElseThrow());
        assertEquals(new BigDecimal("0.5000"), metrics.topCustomersShare().orElseThrow());
    }

    @Test
    void metricsOverZeroSalesAreEmpty() {
        PortfolioMetrics metrics = compute(quarter(0), List.of());

        assertEquals(Optional.empty(), metrics.dso());
        assertEquals(Optional.empty(), metrics.bestPossibleDso());
        assertEquals(Optional.empty(), metrics.averageDaysDelinquent());
        assertTrue(metrics.collectionEffectivenessIndex().isPresent());
    }

    @Test
    void averageDaysToPayIsAmountWeighted() {
        List<Settlement> paid = List.of(
                new Settlement(ACME, DocumentId.of("F-1"), 0, clp(100), day("2024-01-01"),
                        day("2024-01-31"), day("2024-01-11")),
                new Settlement(BETA, DocumentId.of("F-2"), 0, clp(300), day("2024-01-01"),
                        day("2024-01-31"), day("2024-01-31")));

        assertEquals(new BigDecimal("25.00"),
                compute(quarter(3_000_000), paid).averageDaysToPay().orElseThrow());
        assertEquals(Optional.empty(), compute(quarter(3_000_000), List.of()).averageDaysToPay());
    }

    @Test
    void figuresFromLedgerAgingReports() {
        Ledger ledger = new Ledger();
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-05", "2024-02-04"));
        ledger.addDocument(invoice("F-2", BETA, clp(300_000), "2024-03-10", "2024-04-09"));
        ledger.addPayment(payment("P-1", ACME, clp(40_000), "2024-03-01"));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-1")), day("2024-03-01"),
                AllocationRequest.of(DocumentId.of("F-1"), clp(40_000)));
        List<SalesPeriod> months = SalesPeriod.monthly(ledger, CLP, YearMonth.of(2024, 1),
                YearMonth.of(2024, 3));

        PortfolioFigures figures = PortfolioFigures.from(
                Aging.compute(ledger, day("2023-12-31"), AgingOptions.standard()),
                Aging.compute(ledger, day("2024-03-31"), AgingOptions.standard()),
                ledger.creditSales(CLP, day("2024-01-01"), day("2024-03-31")), months, 1);

        assertEquals(clp(0), figures.beginningReceivables());
        assertEquals(clp(360_000), figures.endingReceivables());
        assertEquals(clp(300_000), figures.endingNotDue());
        assertEquals(clp(400_000), figures.creditSales());
        assertEquals(clp(300_000), figures.topReceivables());
        assertEquals(91, figures.days());
        assertEquals(List.of(clp(100_000), clp(0), clp(300_000)),
                months.stream().map(SalesPeriod::sales).toList());
        PortfolioMetrics metrics = compute(figures, ledger.settlements(day("2024-01-01"),
                day("2024-03-31")));
        assertEquals(new BigDecimal("81.90"), metrics.dso().orElseThrow());
    }

    @Test
    void figuresRejectNotDueAboveReceivables() {
        assertThrows(IllegalArgumentException.class, () -> new PortfolioFigures(
                day("2024-01-01"), day("2024-03-31"), clp(0), clp(10), clp(11), clp(5),
                List.of(), 0, clp(0)));
    }
}
