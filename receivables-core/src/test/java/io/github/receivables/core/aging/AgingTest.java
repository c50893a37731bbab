package io.github.receivables.core.aging;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.BETA;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.JOD;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.creditNote;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.money;
import static io.github.receivables.core.Fixtures.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationRequest;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingTest {

    private final Ledger ledger = new Ledger();

    private static List<Money> clpBuckets(long... amounts) {
        return java.util.Arrays.stream(amounts).mapToObj(a -> clp(a)).toList();
    }

    @Test
    void standardBucketsHaveExpectedLabels() {
        List<String> labels = AgingBuckets.standard().buckets().stream()
                .map(AgingBucket::label).toList();

        assertEquals(List.of("not due", "1-30", "31-60", "61-90", "91-120", "over 120"), labels);
    }

    @Test
    void itemsLandInBucketsByDaysPastDue() {
        ledger.addDocument(invoice("F-1", ACME, clp(1), "2024-01-01", "2024-06-30"));
        ledger.addDocument(invoice("F-2", ACME, clp(10), "2024-01-01", "2024-06-29"));
        ledger.addDocument(invoice("F-3", ACME, clp(100), "2024-01-01", "2024-05-31"));
        ledger.addDocument(invoice("F-4", ACME, clp(1_000), "2024-01-01", "2024-05-01"));
        ledger.addDocument(invoice("F-5", ACME, clp(10_000), "2024-01-01", "2024-03-02"));
        ledger.addDocument(invoice("F-6", ACME, clp(100_000), "2024-01-01", "2024-03-01"));

        AgingReport report = Aging.compute(ledger, day("2024-06-30"), AgingOptions.standard());

        AgingRow row = report.row(ACME, CLP).orElseThrow();
        assertEquals(clpBuckets(1, 110, 1_000, 0, 10_000, 100_000), row.buckets());
        assertEquals(clp(111_111), row.total());
        assertEquals(clp(1), report.notDue(CLP));
    }

    @Test
    void agingBeforePaymentIgnoresIt() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-01-31"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-03-15"));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-1")), day("2024-03-15"),
                AllocationRequest.of(DocumentId.of("F-1"), clp(100_000)));

        AgingReport before = Aging.compute(ledger, day("2024-03-01"), AgingOptions.standard());
        AgingReport after = Aging.compute(ledger, day("2024-03-20"), AgingOptions.standard());

        AgingRow row = before.row(ACME, CLP).orElseThrow();
        assertEquals(clpBuckets(0, 100_000, 0, 0, 0, 0), row.buckets());
        assertEquals(clp(0), row.unappliedCash());
        assertTrue(after.row(ACME, CLP).isEmpty());
        assertEquals(clp(0), after.total(CLP));
    }

    @Test
    void agingBeforeIssueOmitsDocument() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-03-02", "2024-04-01"));

        AgingReport report = Aging.compute(ledger, day("2024-03-01"), AgingOptions.standard());

        assertTrue(report.rows().isEmpty());
    }

    @Test
    void creditsShownApartFromBuckets() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-01-31"));
        ledger.addDocument(creditNote("N-1", ACME, clp(5_000), "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(7_000), "2024-02-02"));
        ledger.addPayment(payment("P-2", null, clp(9_000), "2024-02-03"));

        AgingReport report = Aging.compute(ledger, day("2024-02-10"), AgingOptions.standard());

        AgingRow row = report.row(ACME, CLP).orElseThrow();
        assertEquals(clp(100_000), row.total());
        assertEquals(clp(7_000), row.unappliedCash());
        assertEquals(clp(5_000), row.unappliedCredit());
        assertEquals(clp(88_000), row.net());
        AgingTotals totals = report.totals(CLP);
        assertEquals(clp(9_000), totals.unidentifiedCash());
        assertEquals(clp(7_000), totals.unappliedCash());
        assertEquals(clp(100_000), totals.total());
    }

    @Test
    void agingByIssueDateCountsFromIssue() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-01", "2024-06-30"));

        AgingReport report = Aging.compute(ledger, day("2024-02-15"),
                new AgingOptions(AgingBuckets.standard(), AgingBasis.ISSUE_DATE));

        assertEquals(clpBuckets(0, 0, 100_000, 0, 0, 0),
                report.row(ACME, CLP).orElseThrow().buckets());
        assertThrows(IllegalStateException.class, () -> report.notDue(CLP));
    }

    @Test
    void customBucketsSplitAtTheirBounds() {
        ledger.addDocument(invoice("F-1", ACME, clp(1), "2024-01-01", "2024-02-10"));
        ledger.addDocument(invoice("F-2", ACME, clp(10), "2024-01-01", "2024-01-26"));

        AgingReport report = Aging.compute(ledger, day("2024-02-10"),
                new AgingOptions(AgingBuckets.of(0, 15), AgingBasis.DUE_DATE));

        assertEquals(List.of("not due", "1-15", "over 15"),
                report.options().buckets().buckets().stream().map(AgingBucket::label).toList());
        assertEquals(clpBuckets(1, 10, 0), report.row(ACME, CLP).orElseThrow().buckets());
    }

    @Test
    void bucketBoundsWithoutZeroRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AgingBuckets.of(30, 60));

        assertTrue(error.getMessage().contains("[30, 60]"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AgingBuckets.of(0, 30, 30));
    }

    @Test
    void topCustomersLargestFirst() {
        ledger.addDocument(invoice("F-1", ACME, clp(100), "2024-01-01", "2024-02-01"));
        ledger.addDocument(invoice("F-2", BETA, clp(300), "2024-01-01", "2024-02-01"));
        ledger.addDocument(invoice("F-3", io.github.receivables.core.party.CustomerId.of("gamma"),
                clp(200), "2024-01-01", "2024-02-01"));

        AgingReport report = Aging.compute(ledger, day("2024-03-01"), AgingOptions.standard());

        List<AgingRow> top = report.topCustomers(CLP, 2);
        assertEquals(2, top.size());
        assertEquals(BETA, top.get(0).customerId());
        assertEquals(clp(200), top.get(1).total());
    }

    @Test
    void topCustomersTieGoesToSmallerId() {
        ledger.addDocument(invoice("F-1", BETA, clp(100), "2024-01-01", "2024-02-01"));
        ledger.addDocument(invoice("F-2", ACME, clp(100), "2024-01-01", "2024-02-01"));
        ledger.addDocument(invoice("F-3", io.github.receivables.core.party.CustomerId.of("gamma"),
                clp(50), "2024-01-01", "2024-02-01"));

        AgingReport report = Aging.compute(ledger, day("2024-03-01"), AgingOptions.standard());

        assertEquals(List.of(ACME, BETA), report.topCustomers(CLP, 2).stream()
                .map(AgingRow::customerId).toList());
        assertEquals(3, report.topCustomers(CLP, 10).size());
        assertEquals(List.of(), report.topCustomers(CLP, 0));
    }

    @Test
    void jodAgingKeepsThreeDecimals() {
        ledger.addDocument(invoice("F-1", ACME, money("10.125", JOD), "2024-01-01",
                "2024-02-01"));

        AgingReport report = Aging.compute(ledger, day("2024-03-01"), AgingOptions.standard());

        assertEquals(money("10.125", JOD), report.total(JOD));
        assertEquals("10.125 JOD", report.row(ACME, JOD).orElseThrow().buckets().get(1).toString());
    }

    @Test
    void rowsOrderedByCustomerThenCurrency() {
        ledger.addDocument(invoice("F-1", BETA, clp(100), "2024-01-01", "2024-02-01"));
        ledger.addDocument(invoice("F-2", ACME, money("1.000", JOD), "2024-01-01", "2024-02-01"));
        ledger.addDocument(invoice("F-3", ACME, clp(5), "2024-01-01", "2024-02-01"));

        List<AgingRow> rows = Aging.compute(ledger, day("2024-03-01"), AgingOptions.standard())
                .rows();

        assertEquals(List.of("acme CLP", "acme JOD", "beta CLP"), rows.stream()
                .map(r -> r.customerId() + " " + r.currency().getCurrencyCode()).toList());
    }
}
