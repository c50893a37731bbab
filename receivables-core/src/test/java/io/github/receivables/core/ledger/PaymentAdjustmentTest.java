package io.github.receivables.core.ledger;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.BETA;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.USD;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.money;
import static io.github.receivables.core.Fixtures.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.account.MovementKind;
import io.github.receivables.core.account.StatementLine;
import io.github.receivables.core.account.StatementOfAccount;
import io.github.receivables.core.account.Statements;
import io.github.receivables.core.document.DocumentId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentAdjustmentTest {

    private static final DocumentId F1 = DocumentId.of("F-1");
    private static final PaymentId P1 = PaymentId.of("P-1");
    private static final PaymentAdjustmentId A1 = PaymentAdjustmentId.of("A-1");

    private final Ledger ledger = new Ledger();

    /** Records a 100,000 CLP invoice settled on 10 January by a payment of 100,003. */
    private void overpaidByThreePesos() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_003), "2024-01-10"));
        ledger.apply(AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.of(F1, clp(100_000)));
    }

    private static PaymentAdjustment roundingGain(String on, long pesos) {
        return new PaymentAdjustment(A1, P1, clp(pesos), day(on),
                PaymentAdjustmentReason.ROUNDING_GAIN);
    }

    @Test
    void roundingGainLeavesNoCredit() {
        overpaidByThreePesos();

        ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 3));

        assertEquals(clp(0), ledger.unapplied(P1, day("2024-01-10")));
        assertEquals(clp(0), ledger.position(ACME, CLP, day("2024-01-10")).creditBalance());
        assertEquals(clp(0), ledger.position(ACME, CLP, day("2024-01-10")).net());
        assertEquals(0, ledger.openItemTable(day("2024-01-10")).creditCount());
    }

    @Test
    void withoutAdjustmentOverpaymentIsCredit() {
        overpaidByThreePesos();

        assertEquals(clp(3), ledger.position(ACME, CLP, day("2024-01-10")).creditBalance());
    }

    @Test
    void reversedAdjustmentRestoresCreditFromThatDay() {
        overpaidByThreePesos();
        ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 3));

        PaymentAdjustment reversed = ledger.reversePaymentAdjustment(A1, day("2024-01-15"));

        assertEquals(day("2024-01-15"), reversed.reversedOn());
        assertEquals(clp(0), ledger.unapplied(P1, day("2024-01-14")));
        assertEquals(clp(3), ledger.unapplied(P1, day("2024-01-15")));
        assertEquals(reversed, ledger.findPaymentAdjustment(A1).orElseThrow());
        assertEquals(List.of(reversed), ledger.paymentAdjustments(P1));
    }

    @Test
    void adjustmentAboveUnappliedRejected() {
        overpaidByThreePesos();

        LedgerException error = assertThrows(LedgerException.class,
                () -> ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 4)));

        assertTrue(error.getMessage().contains("4 CLP"), error.getMessage());
        assertTrue(error.getMessage().contains("only 3 CLP"), error.getMessage());
        assertTrue(ledger.paymentAdjustments(P1).isEmpty());
    }

    @Test
    void adjustmentBeforeLaterAllocationRejected() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));
        ledger.apply(AllocationSource.payment(P1), day("2024-01-20"),
                AllocationRequest.of(F1, clp(100_000)));

        assertThrows(LedgerException.class,
                () -> ledger.recordPaymentAdjustment(roundingGain("2024-01-12", 1)));
    }

    @Test
    void reversedAdjustmentAllowsLaterAllocation() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));
        ledger.recordPaymentAdjustment(new PaymentAdjustment(A1, P1, clp(100_000),
                day("2024-01-10"), PaymentAdjustmentReason.BANK_RETURNED, day("2024-01-12")));

        ledger.apply(AllocationSource.payment(P1), day("2024-01-12"),
                AllocationRequest.of(F1, clp(100_000)));

        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-12")));
    }

    @Test
    void adjustmentBlocksAllocationOfSameMoney() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(100_000), "2024-01-10"));
        ledger.recordPaymentAdjustment(new PaymentAdjustment(A1, P1, clp(100_000),
                day("2024-01-11"), PaymentAdjustmentReason.BANK_RETURNED));

        assertThrows(LedgerException.class, () -> ledger.apply(AllocationSource.payment(P1),
                day("2024-01-10"), AllocationRequest.of(F1, clp(1))));
    }

    @Test
    void adjustmentBeforeReceiptRejected() {
        overpaidByThreePesos();

        LedgerException error = assertThrows(LedgerException.class,
                () -> ledger.recordPaymentAdjustment(roundingGain("2024-01-09", 3)));

        assertTrue(error.getMessage().contains("2024-01-09"), error.getMessage());
    }

    @Test
    void adjustmentInOtherCurrencyRejected() {
        overpaidByThreePesos();

        assertThrows(LedgerException.class, () -> ledger.recordPaymentAdjustment(
                new PaymentAdjustment(A1, P1, money("1.00", USD), day("2024-01-10"),
                        PaymentAdjustmentReason.EXCHANGE_GAIN)));
    }

    @Test
    void repeatedAdjustmentIdRejected() {
        overpaidByThreePesos();
        ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 1));

        assertThrows(LedgerException.class,
                () -> ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 1)));
    }

    @Test
    void unknownPaymentRejected() {
        assertThrows(LedgerException.class,
                () -> ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 1)));
    }

    @Test
    void reverseTwiceRejected() {
        overpaidByThreePesos();
        ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 3));
        ledger.reversePaymentAdjustment(A1, day("2024-01-11"));

        assertThrows(LedgerException.class,
                () -> ledger.reversePaymentAdjustment(A1, day("2024-01-12")));
    }

    @Test
    void reverseBeforeAdjustmentRejected() {
        overpaidByThreePesos();
        ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 3));

        assertThrows(LedgerException.class,
                () -> ledger.reversePaymentAdjustment(A1, day("2024-01-09")));
    }

    @Test
    void reversalBeforeAdjustmentDayInvalid() {
        assertThrows(IllegalArgumentException.class, () -> new PaymentAdjustment(A1, P1, clp(3),
                day("2024-01-10"), PaymentAdjustmentReason.MANUAL, day("2024-01-09")));
    }

    @Test
    void zeroAmountInvalid() {
        assertThrows(IllegalArgumentException.class, () -> new PaymentAdjustment(A1, P1, clp(0),
                day("2024-01-10"), PaymentAdjustmentReason.MANUAL));
    }

    @Test
    void bankReturnedUnidentifiedPaymentLeavesNoCash() {
        ledger.addPayment(new Payment(P1, null, clp(50_000), day("2024-01-10"),
                PaymentMethod.BANK_TRANSFER, null, null));

        ledger.recordPaymentAdjustment(new PaymentAdjustment(A1, P1, clp(50_000),
                day("2024-01-12"), PaymentAdjustmentReason.BANK_RETURNED));

        assertEquals(clp(50_000), ledger.unidentifiedCash(CLP, day("2024-01-11")));
        assertEquals(clp(0), ledger.unidentifiedCash(CLP, day("2024-01-12")));
    }

    @Test
    void adjustedPaymentKeepsItsCustomer() {
        overpaidByThreePesos();
        ledger.reverse(ledger.allocationsFrom(AllocationSource.payment(P1)).get(0).id(),
                day("2024-01-10"));
        ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 3));

        assertThrows(LedgerException.class, () -> ledger.identifyPayment(P1, BETA));
    }

    @Test
    void statementShowsAdjustmentAndReversal() {
        overpaidByThreePesos();
        ledger.recordPaymentAdjustment(roundingGain("2024-01-10", 3));
        ledger.reversePaymentAdjustment(A1, day("2024-01-20"));

        StatementOfAccount statement = Statements.of(ledger, ACME, CLP, day("2024-01-10"),
                day("2024-01-31"));

        List<MovementKind> kinds = statement.lines().stream().map(StatementLine::kind).toList();
        assertEquals(List.of(MovementKind.PAYMENT_RECEIVED, MovementKind.ALLOCATION,
                MovementKind.PAYMENT_ADJUSTMENT, MovementKind.PAYMENT_ADJUSTMENT_REVERSED), kinds);
        assertEquals(clp(3), statement.lines().get(2).change());
        assertEquals(P1, statement.lines().get(2).paymentId());
        assertEquals(clp(0), statement.lines().get(2).balance());
        assertEquals(clp(-3), statement.lines().get(3).change());
        assertEquals(clp(-3), statement.closing());
    }
}
