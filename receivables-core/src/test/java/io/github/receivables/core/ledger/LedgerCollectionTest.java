package io.github.receivables.core.ledger;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.payment;
import static io.github.receivables.core.Fixtures.receivable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DisputeReason;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import org.junit.jupiter.api.Test;

class LedgerCollectionTest {

    private static final DocumentId F1 = DocumentId.of("F-1");
    private static final DocumentId I1 = DocumentId.of("I-1");
    private static final PaymentId P1 = PaymentId.of("P-1");

    private final Ledger ledger = new Ledger();

    private void promise(long amount, String madeOn, String dueBy) {
        ledger.changeStatus(F1, new CollectionStatus.Promised(day(madeOn), day(dueBy),
                clp(amount)));
    }

    private void pay(String id, long amount, String on) {
        ledger.addPayment(payment(id, ACME, clp(amount), on));
        ledger.apply(AllocationSource.payment(PaymentId.of(id)), day(on),
                AllocationRequest.of(F1, clp(amount)));
    }

    @Test
    void promiseKeptByPaymentsByItsDate() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        promise(60_000, "2024-02-10", "2024-02-20");
        pay("P-1", 30_000, "2024-02-12");
        pay("P-2", 30_000, "2024-02-20");

        PromiseOutcome outcome = ledger.promiseOutcome(F1, day("2024-02-25"));

        PromiseOutcome.Kept kept = assertInstanceOf(PromiseOutcome.Kept.class, outcome);
        assertEquals(day("2024-02-20"), kept.keptOn());
        assertEquals(clp(60_000), kept.paid());
        assertEquals(ItemState.PARTLY_PAID, ledger.itemState(F1, day("2024-02-25")));
    }

    @Test
    void promiseBrokenWithShortfall() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        promise(60_000, "2024-02-10", "2024-02-20");
        pay("P-1", 25_000, "2024-02-15");
        pay("P-2", 35_000, "2024-02-21");

        PromiseOutcome pending = ledger.promiseOutcome(F1, day("2024-02-18"));
        PromiseOutcome broken = ledger.promiseOutcome(F1, day("2024-02-21"));

        PromiseOutcome.Pending open = assertInstanceOf(PromiseOutcome.Pending.class, pending);
        assertEquals(clp(35_000), open.remaining());
        PromiseOutcome.Broken shortfall = assertInstanceOf(PromiseOutcome.Broken.class, broken);
        assertEquals(clp(35_000), shortfall.shortfall());
        assertEquals(clp(25_000), shortfall.paid());
        assertEquals(ItemState.PROMISED, ledger.itemState(F1, day("2024-02-18")));
    }

    @Test
    void promiseTargetCappedByOpenBalance() {
        ledger.addDocument(invoice("F-1", ACME, clp(50_000), "2024-01-02", "2024-02-01"));
        promise(80_000, "2024-02-10", "2024-02-20");
        pay("P-1", 50_000, "2024-02-11");

        PromiseOutcome outcome = ledger.promiseOutcome(F1, day("2024-02-11"));

        assertEquals(clp(50_000), assertInstanceOf(PromiseOutcome.Kept.class, outcome).target());
    }

    @Test
    void promiseInOtherCurrencyRejected() {
        ledger.addDocument(invoice("F-1", ACME, clp(50_000), "2024-01-02", "2024-02-01"));

        assertThrows(LedgerException.class, () -> ledger.changeStatus(F1,
                new CollectionStatus.Promised(day("2024-02-10"), day("2024-02-20"),
                        io.github.receivables.core.money.Money.of("10", "USD"))));
    }

    @Test
    void writeOffClosesRemainderFromItsDay() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        pay("P-1", 30_000, "2024-02-05");

        WriteOff writeOff = ledger.writeOff(F1, day("2024-06-30"));

        assertEquals(clp(70_000), writeOff.amount());
        assertEquals(clp(70_000), ledger.openBalance(F1, day("2024-06-29")));
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-06-30")));
        assertEquals(ItemState.WRITTEN_OFF, ledger.itemState(F1, day("2024-06-30")));
        assertEquals(ItemState.PARTLY_PAID, ledger.itemState(F1, day("2024-06-29")));
        assertThrows(LedgerException.class, () -> ledger.writeOff(F1, day("2024-07-01")));
    }

    @Test
    void partialWriteOffKeepsStatus() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        pay("P-1", 99_990, "2024-02-05");

        ledger.writeOff(F1, clp(10), day("2024-02-05"));

        assertEquals(ItemState.PAID, ledger.itemState(F1, day("2024-02-05")));
        assertThrows(LedgerException.class,
                () -> ledger.writeOff(F1, clp(1), day("2024-02-06")));
    }

    @Test
    void collectionStatusesGiveItemStates() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));

        assertEquals(ItemState.OPEN, ledger.itemState(F1, day("2024-03-01")));
        ledger.changeStatus(F1, new CollectionStatus.Disputed(DisputeReason.TAX_AUTHORITY_CLAIM,
                day("2024-02-10")));
        assertEquals(ItemState.DISPUTED, ledger.itemState(F1, day("2024-03-01")));
        assertEquals(ItemState.OPEN, ledger.itemState(F1, day("2024-02-09")));
        ledger.changeStatus(F1, new CollectionStatus.OnHold(day("2024-02-10"), day("2024-02-20")));
        assertEquals(ItemState.ON_HOLD, ledger.itemState(F1, day("2024-02-20")));
        assertEquals(ItemState.OPEN, ledger.itemState(F1, day("2024-02-21")));
        ledger.changeStatus(F1, new CollectionStatus.AssignedToFactor("factor-1",
                day("2024-02-10"), null));
        assertEquals(ItemState.ASSIGNED_TO_FACTOR, ledger.itemState(F1, day("2024-03-01")));
        assertThrows(LedgerException.class, () -> ledger.changeStatus(F1,
                new CollectionStatus.WrittenOff(day("2024-03-01"))));
    }

    @Test
    void autoApplyPrincipalFirstLeavesChargesOpen() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addDocument(receivable("I-1", ACME, DocumentKind.INTEREST_CHARGE, clp(3_000),
                "2024-01-20", "2024-01-25"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-03-01"));

        ledger.autoApply(AllocationSource.payment(P1), day("2024-03-01"),
                SettlementOrder.PRINCIPAL_FIRST);

        assertEquals(clp(0), ledger.openBalance(F1, day("2024-03-01")));
        assertEquals(clp(3_000), ledger.openBalance(I1, day("2024-03-01")));
    }

    @Test
    void autoApplyChargesFirstSettlesInterestBeforePrincipal() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addDocument(receivable("I-1", ACME, DocumentKind.INTEREST_CHARGE, clp(3_000),
                "2024-03-01", "2024-03-31"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-03-01"));

        ledger.autoApply(AllocationSource.payment(P1), day("2024-03-01"),
                SettlementOrder.CHARGES_FIRST);

        assertEquals(clp(0), ledger.openBalance(I1, day("2024-03-01")));
        assertEquals(clp(3_000), ledger.openBalance(F1, day("2024-03-01")));
    }

    @Test
    void autoApplyOldestDueFirstFollowsDueDates() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addDocument(receivable("I-1", ACME, DocumentKind.INTEREST_CHARGE, clp(3_000),
                "2024-01-10", "2024-01-15"));
        ledger.addPayment(payment("P-1", ACME, clp(50_000), "2024-03-01"));

        ledger.autoApply(AllocationSource.payment(P1), day("2024-03-01"),
                SettlementOrder.OLDEST_DUE_FIRST);

        assertEquals(clp(0), ledger.openBalance(I1, day("2024-03-01")));
        assertEquals(clp(53_000), ledger.openBalance(F1, day("2024-03-01")));
    }

    @Test
    void autoApplySkipsDisputedDocuments() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.changeStatus(F1, new CollectionStatus.Disputed(DisputeReason.CUSTOMER_DISPUTE,
                day("2024-02-02")));
        ledger.addPayment(payment("P-1", ACME, clp(50_000), "2024-03-01"));

        Application application = ledger.autoApply(AllocationSource.payment(P1),
                day("2024-03-01"), SettlementOrder.OLDEST_DUE_FIRST);

        assertEquals(0, application.allocations().size());
        assertEquals(clp(50_000), ledger.unapplied(P1, day("2024-03-01")));
    }
}
