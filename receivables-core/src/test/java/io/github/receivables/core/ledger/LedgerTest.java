package io.github.receivables.core.ledger;

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

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.SiiDocumentType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final DocumentId F1 = DocumentId.of("F-1");
    private static final DocumentId F2 = DocumentId.of("F-2");
    private static final PaymentId P1 = PaymentId.of("P-1");

    private final Ledger ledger = new Ledger();

    private static Document threeInstalments() {
        return Document.builder(F1, ACME, DocumentKind.INVOICE)
                .siiType(SiiDocumentType.FACTURA_ELECTRONICA)
                .issueDate(day("2024-01-02"))
                .instalment(day("2024-01-31"), clp(100_000))
                .instalment(day("2024-02-29"), clp(100_000))
                .instalment(day("2024-03-31"), clp(100_000))
                .total(clp(300_000))
                .build();
    }

    @Test
    void clpInvoicePaidInThreeInstalments() {
        ledger.addDocument(threeInstalments());
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-30"));
        ledger.addPayment(payment("P-2", ACME, clp(100_000), "2024-03-05"));
        ledger.addPayment(payment("P-3", ACME, clp(100_000), "2024-03-31"));

        ledger.apply(AllocationSource.payment(P1), day("2024-01-30"),
                AllocationRequest.of(F1, clp(100_000)));
        List<OpenItem> afterFirst = ledger.openItems(day("2024-02-01"));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-2")), day("2024-03-05"),
                AllocationRequest.of(F1, clp(100_000)));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-3")), day("2024-03-31"),
                AllocationRequest.of(F1, clp(100_000)));

        assertEquals(2, afterFirst.size());
        assertEquals(day("2024-02-29"), afterFirst.get(0).dueDate());
        assertEquals(1, afterFirst.get(0).instalment());
        assertEquals(SettlementStatus.PARTLY_PAID, ledger.settlementStatus(F1, day("2024-03-10")));
        assertEquals(SettlementStatus.PAID, ledger.settlementStatus(F1, day("2024-03-31")));
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-03-31")));
        assertEquals(List.of(), ledger.openItems(day("2024-04-01")));
        List<Settlement> settlements = ledger.settlements(day("2024-01-01"), day("2024-12-31"));
        assertEquals(3, settlements.size());
        assertEquals(0, settlements.get(0).daysLate());
        assertEquals(5, settlements.get(1).daysLate());
        assertEquals(0, settlements.get(2).daysLate());
    }

    @Test
    void partialPaymentSettlesOldestInstalmentFirst() {
        ledger.addDocument(threeInstalments());
        ledger.addPayment(payment("P-1", ACME, clp(150_000), "2024-01-20"));

        ledger.apply(AllocationSource.payment(P1), day("2024-01-20"),
                AllocationRequest.of(F1, clp(150_000)));

        List<OpenItem> items = ledger.openItems(ACME, day("2024-01-20"));
        assertEquals(2, items.size());
        assertEquals(clp(50_000), items.get(0).open());
        assertEquals(clp(100_000), items.get(0).original());
        assertTrue(items.get(0).isPartlyPaid());
        assertEquals(clp(100_000), items.get(1).open());
    }

    @Test
    void applyAboveOpenBalanceRejected() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(120_000), "2024-01-10"));

        LedgerException error = assertThrows(LedgerException.class,
                () -> ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                        AllocationRequest.of(F1, clp(120_000))));

        assertTrue(error.getMessage().contains("F-1"), error.getMessage());
        assertTrue(error.getMessage().contains("P-1"), error.getMessage());
        assertTrue(error.getMessage().contains("120000 CLP"), error.getMessage());
        assertTrue(error.getMessage().contains("100000 CLP"), error.getMessage());
        assertEquals(clp(100_000), ledger.openBalance(F1, day("2024-01-10")));
        assertEquals(clp(120_000), ledger.unapplied(P1, day("2024-01-10")));
    }

    @Test
    void applyAboveUnappliedRecordsNothing() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addDocument(invoice("F-2", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(150_000), "2024-01-10"));

        LedgerException error = assertThrows(LedgerException.class,
                () -> ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                        AllocationRequest.of(F1, clp(100_000)),
                        AllocationRequest.of(F2, clp(100_000))));

        assertTrue(error.getMessage().contains("200000 CLP"), error.getMessage());
        assertTrue(error.getMessage().contains("150000 CLP"), error.getMessage());
        assertEquals(List.of(), ledger.allocations());
        assertEquals(clp(100_000), ledger.openBalance(F1, day("2024-01-10")));
    }

    @Test
    void overpaymentLeftAsCustomerCredit() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(120_000), "2024-01-10"));

        Application application = ledger.autoApply(AllocationSource.payment(P1), day("2024-01-10"),
                SettlementOrder.OLDEST_DUE_FIRST);

        assertEquals(1, application.allocations().size());
        assertEquals(clp(100_000), application.allocations().get(0).amount());
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-10")));
        assertEquals(clp(20_000), ledger.unapplied(P1, day("2024-01-10")));
        CustomerPosition position = ledger.position(ACME, CLP, day("2024-01-10"));
        assertEquals(clp(20_000), position.creditBalance());
        assertEquals(clp(-20_000), position.net());
        assertEquals(clp(0), position.open());
    }

    @Test
    void reverseRestoresBalancesFromItsDay() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));
        Allocation allocation = ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.of(F1, clp(100_000))).allocations().get(0);

        Allocation reversed = ledger.reverse(allocation.id(), day("2024-01-15"));

        assertEquals(day("2024-01-15"), reversed.reversedOn());
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-14")));
        assertEquals(clp(100_000), ledger.openBalance(F1, day("2024-01-15")));
        assertEquals(clp(100_000), ledger.unapplied(P1, day("2024-01-15")));
        assertThrows(LedgerException.class,
                () -> ledger.reverse(allocation.id(), day("2024-01-16")));
    }

    @Test
    void reverseBeforeApplicationDayRejected() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));
        Allocation allocation = ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.of(F1, clp(100_000))).allocations().get(0);

        LedgerException error = assertThrows(LedgerException.class,
                () -> ledger.reverse(allocation.id(), day("2024-01-09")));

        assertTrue(error.getMessage().contains("2024-01-10"), error.getMessage());
    }

    @Test
    void backdatedOverdraftRejected() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-05"));
        ledger.addPayment(payment("P-2", ACME, clp(100_000), "2024-01-05"));
        ledger.apply(AllocationSource.payment(P1), day("2024-01-20"),
                AllocationRequest.of(F1, clp(100_000)));

        assertThrows(LedgerException.class, () -> ledger.apply(
                AllocationSource.payment(PaymentId.of("P-2")), day("2024-01-10"),
                AllocationRequest.of(F1, clp(1))));
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-20")));
    }

    @Test
    void allocationAcrossCustomersRejected() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", BETA, clp(100_000), "2024-01-10"));

        LedgerException error = assertThrows(LedgerException.class,
                () -> ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                        AllocationRequest.of(F1, clp(100_000))));

        assertTrue(error.getMessage().contains("acme"), error.getMessage());
        assertTrue(error.getMessage().contains("beta"), error.getMessage());
    }

    @Test
    void paymentBeforeReceiptRejected() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));

        assertThrows(LedgerException.class, () -> ledger.apply(AllocationSource.payment(P1),
                day("2024-01-09"), AllocationRequest.of(F1, clp(100_000))));
    }

    @Test
    void unidentifiedPaymentNeedsCustomer() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", null, clp(100_000), "2024-01-10"));

        assertThrows(LedgerException.class, () -> ledger.apply(AllocationSource.payment(P1),
                day("2024-01-10"), AllocationRequest.of(F1, clp(100_000))));
        assertEquals(clp(100_000), ledger.unidentifiedCash(CLP, day("2024-01-10")));
        ledger.identifyPayment(P1, ACME);
        ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.of(F1, clp(100_000)));

        assertEquals(clp(0), ledger.unidentifiedCash(CLP, day("2024-01-10")));
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-10")));
    }

    @Test
    void paymentWithAllocationsKeepsCustomer() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));
        Allocation allocation = ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.of(F1, clp(100_000))).allocations().get(0);
        ledger.reverse(allocation.id(), day("2024-01-11"));

        LedgerException error = assertThrows(LedgerException.class,
                () -> ledger.identifyPayment(P1, BETA));

        assertTrue(error.getMessage().contains("P-1"), error.getMessage());
        assertEquals(ACME, ledger.findPayment(P1).orElseThrow().customerId());
    }

    @Test
    void paymentWithoutAllocationsMovesCustomer() {
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));

        ledger.identifyPayment(P1, BETA);

        assertEquals(clp(0), ledger.position(ACME, CLP, day("2024-01-10")).unappliedCash());
        assertEquals(clp(100_000), ledger.position(BETA, CLP, day("2024-01-10")).unappliedCash());
    }

    @Test
    void duplicateAllocationIdRejected() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));
        AllocationId id = AllocationId.of("A-1");
        ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.of(F1, clp(10)).withId(id));

        LedgerException error = assertThrows(LedgerException.class, () -> ledger.apply(
                AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.of(F1, clp(10)).withId(id)));

        assertTrue(error.getMessage().contains("A-1"), error.getMessage());
    }

    @Test
    void recordAllocationAcceptsAnyOrder() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-01"));
        ledger.addPayment(payment("P-2", ACME, clp(100_000), "2024-01-01"));
        Allocation later = Allocation.of(AllocationId.of("A-2"),
                AllocationSource.payment(PaymentId.of("P-2")), F1, clp(100_000), day("2024-01-10"));
        Allocation reversed = Allocation.of(AllocationId.of("A-1"), AllocationSource.payment(P1),
                F1, clp(100_000), day("2024-01-03")).reverse(day("2024-01-05"));

        ledger.recordAllocation(later);
        ledger.recordAllocation(reversed);

        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-04")));
        assertEquals(clp(100_000), ledger.openBalance(F1, day("2024-01-06")));
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-10")));
    }

    @Test
    void documentNotIssuedYetIsNotOpen() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));

        assertEquals(List.of(), ledger.openItems(day("2024-01-01")));
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-01")));
        assertThrows(LedgerException.class, () -> ledger.itemState(F1, day("2024-01-01")));
    }

    @Test
    void unknownDocumentNamed() {
        LedgerException error = assertThrows(LedgerException.class,
                () -> ledger.openBalance(DocumentId.of("nope"), day("2024-01-01")));

        assertTrue(error.getMessage().contains("nope"), error.getMessage());
    }

    @Test
    void factsListedPerDocumentAndSource() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));
        ledger.addPayment(payment("P-2", null, clp(5), "2024-01-10"));
        Allocation allocation = ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.of(F1, clp(60_000))).allocations().get(0);
        WriteOff writeOff = ledger.writeOff(F1, clp(10), day("2024-01-11"));

        assertEquals(List.of(allocation), ledger.allocationsTo(F1));
        assertEquals(List.of(allocation), ledger.allocationsFrom(AllocationSource.payment(P1)));
        assertEquals(List.of(writeOff), ledger.writeOffs(F1));
        assertEquals(1, ledger.documents().size());
        assertEquals(List.of(P1, PaymentId.of("P-2")),
                ledger.payments().stream().map(Payment::id).toList());
    }

    @Test
    void duplicateDocumentRejected() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));

        assertThrows(LedgerException.class, () -> ledger.addDocument(
                invoice("F-1", ACME, clp(5), "2024-01-02", "2024-02-01")));
    }
}
