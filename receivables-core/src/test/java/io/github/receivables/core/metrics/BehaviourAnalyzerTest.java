package io.github.receivables.core.metrics;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationRequest;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BehaviourAnalyzerTest {

    private final BehaviourAnalyzer analyzer = new BehaviourAnalyzer(RiskThresholds.defaults(),
            MetricsOptions.defaults());

    /** Settlements due a week apart, each settled the given days after its due date. */
    private static List<Settlement> settledLate(long... daysLate) {
        List<Settlement> list = new ArrayList<>();
        LocalDate due = day("2024-01-31");
        for (int i = 0; i < daysLate.length; i++) {
            LocalDate dueDate = due.plusWeeks(i);
            list.add(new Settlement(ACME, DocumentId.of("F-" + i), 0, clp(1_000),
                    dueDate.minusDays(30), dueDate, dueDate.plusDays(daysLate[i])));
        }
        return list;
    }

    @Test
    void onTimePayerIsLowRisk() {
        PaymentBehaviour behaviour = analyzer.analyze(ACME, settledLate(0, 0, 0, 0, 0), 0);

        PaymentStatistics statistics = behaviour.findStatistics().orElseThrow();
        assertEquals(new BigDecimal("1.0000"), statistics.onTimeShare());
        assertEquals(new BigDecimal("0.00"), statistics.medianDaysLate());
        assertEquals(RiskSegment.LOW, behaviour.segment());
    }

    @Test
    void medianAndP90ByNearestRank() {
        PaymentStatistics statistics = analyzer.analyze(ACME,
                settledLate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0).statistics();

        assertEquals(new BigDecimal("5.50"), statistics.medianDaysLate());
        assertEquals(9, statistics.p90DaysLate());
        assertEquals(new BigDecimal("0.0000"), statistics.onTimeShare());
        assertEquals(new BigDecimal("1.00"), statistics.trend());
    }

    @Test
    void longDelaysAreHighRisk() {
        PaymentBehaviour behaviour = analyzer.analyze(ACME, settledLate(0, 35, 40, 31, 0), 0);

        assertEquals(new BigDecimal("31.00"), behaviour.statistics().medianDaysLate());
        assertEquals(RiskSegment.HIGH, behaviour.segment());
    }

    @Test
    void occasionalLatenessIsMediumRisk() {
        assertEquals(RiskSegment.MEDIUM,
                analyzer.analyze(ACME, settledLate(0, 0, 5, 0, 12, 0), 0).segment());
    }

    @Test
    void worseningTrendMovesLowToMedium() {
        long[] days = new long[22];
        days[20] = 6;
        days[21] = 12;

        PaymentBehaviour behaviour = analyzer.analyze(ACME, settledLate(days), 0);

        assertEquals(new BigDecimal("2.23"), behaviour.statistics().trend());
        assertEquals(RiskSegment.MEDIUM, behaviour.segment());
    }

    @Test
    void oldOverdueItemIsCritical() {
        assertEquals(RiskSegment.CRITICAL, analyzer.analyze(ACME, List.of(), 90).segment());
        assertEquals(RiskSegment.UNRATED, analyzer.analyze(ACME, List.of(), 89).segment());
    }

    @Test
    void fewPaymentsAreUnrated() {
        assertEquals(RiskSegment.UNRATED, analyzer.analyze(ACME, settledLate(0, 0), 0).segment());
    }

    @Test
    void thresholdsAreTunable() {
        RiskThresholds strict = new RiskThresholds(1, new BigDecimal("1.00"), 0,
                new BigDecimal("0.99"), 1, 6, new BigDecimal("2"), 90);
        BehaviourAnalyzer strictAnalyzer = new BehaviourAnalyzer(strict, MetricsOptions.defaults());

        assertEquals(RiskSegment.HIGH, strictAnalyzer.analyze(ACME, settledLate(0, 1), 0)
                .segment());
    }

    @Test
    void ledgerBehaviourPerCustomer() {
        Ledger ledger = new Ledger();
        ledger.addDocument(invoice("F-1", ACME, clp(100), "2024-01-01", "2024-01-31"));
        ledger.addDocument(invoice("F-2", ACME, clp(100), "2024-01-01", "2024-01-31"));
        ledger.addPayment(payment("P-1", ACME, clp(100), "2024-02-10"));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-1")), day("2024-02-10"),
                AllocationRequest.of(DocumentId.of("F-1"), clp(100)));

        List<PaymentBehaviour> behaviours = analyzer.analyze(ledger, day("2024-01-01"),
                day("2024-05-15"));

        assertEquals(1, behaviours.size());
        assertEquals(105, behaviours.get(0).oldestDaysPastDue());
        assertEquals(RiskSegment.CRITICAL, behaviours.get(0).segment());
        assertEquals(10, behaviours.get(0).statistics().p90DaysLate());
        assertTrue(behaviours.get(0).findStatistics().isPresent());
    }
}
