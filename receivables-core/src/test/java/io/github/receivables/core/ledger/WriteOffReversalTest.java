package io.github.receivables.core.ledger;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.receivables.core.account.MovementKind;
import io.github.receivables.core.account.StatementLine;
import io.github.receivables.core.account.StatementOfAccount;
import io.github.receivables.core.account.Statements;
import io.github.receivables.core.document.DocumentId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteOffReversalTest {

    private static final DocumentId F1 = DocumentId.of("F-1");

    private final Ledger ledger = new Ledger();

    /** Records a 100,000 CLP invoice paid 99,990 on 10 January, then the fee's write-off. */
    private void feeWrittenOff(WriteOff writeOff) {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(99_990), "2024-01-10"));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-1")), day("2024-01-10"),
                AllocationRequest.of(F1, clp(99_990)));
        ledger.recordWriteOff(writeOff);
    }

    @Test
    void reversedWriteOffCountsOnlyUntilReversal() {
        feeWrittenOff(new WriteOff(F1, clp(10), day("2024-01-10"), day("2024-01-20")));

        assertEquals(clp(100_000), ledger.openBalance(F1, day("2024-01-09")));
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-10")));
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-19")));
        assertEquals(clp(10), ledger.openBalance(F1, day("2024-01-20")));
    }

    @Test
    void writeOffInForceSettlesDocument() {
        feeWrittenOff(new WriteOff(F1, clp(10), day("2024-01-10")));

        assertNull(ledger.writeOffs(F1).get(0).reversedOn());
        assertEquals(clp(0), ledger.openBalance(F1, day("2024-12-31")));
        assertEquals(SettlementStatus.PAID, ledger.settlementStatus(F1, day("2024-01-10")));
    }

    @Test
    void reversedWriteOffFreesRoomForLaterAllocation() {
        feeWrittenOff(new WriteOff(F1, clp(10), day("2024-01-10"), day("2024-01-20")));
        ledger.addPayment(payment("P-2", ACME, clp(10), "2024-01-25"));

        ledger.apply(AllocationSource.payment(PaymentId.of("P-2")), day("2024-01-25"),
                AllocationRequest.of(F1, clp(10)));

        assertEquals(clp(0), ledger.openBalance(F1, day("2024-01-25")));
    }

    @Test
    void overlappingWriteOffRejected() {
        feeWrittenOff(new WriteOff(F1, clp(10), day("2024-01-10"), day("2024-01-20")));

        assertThrows(LedgerException.class, () -> ledger.recordWriteOff(
                new WriteOff(F1, clp(10), day("2024-01-15"))));
    }

    @Test
    void reversalBeforeWriteOffRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WriteOff(F1, clp(10),
                day("2024-01-10"), day("2024-01-09")));
    }

    @Test
    void reverseTwiceRejected() {
        WriteOff reversed = new WriteOff(F1, clp(10), day("2024-01-10")).reverse(day("2024-01-11"));

        assertThrows(IllegalStateException.class, () -> reversed.reverse(day("2024-01-12")));
    }

    @Test
    void statementShowsWriteOffAndItsReversal() {
        feeWrittenOff(new WriteOff(F1, clp(10), day("2024-01-10"), day("2024-01-20")));

        StatementOfAccount statement = Statements.of(ledger, ACME, CLP, day("2024-01-10"),
                day("2024-01-31"));

        List<MovementKind> kinds = statement.lines().stream().map(StatementLine::kind).toList();
        assertEquals(List.of(MovementKind.PAYMENT_RECEIVED, MovementKind.ALLOCATION,
                MovementKind.WRITE_OFF, MovementKind.WRITE_OFF_REVERSED), kinds);
        assertEquals(clp(10), statement.lines().get(3).change());
        assertEquals(clp(10), statement.closing());
    }
}
