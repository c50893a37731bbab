package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.account.MovementKind;
import io.github.receivables.core.account.StatementLine;
import io.github.receivables.core.account.StatementOfAccount;
import io.github.receivables.core.account.Statements;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.CustomerPosition;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.store.StoreAllocationWriter;
import io.github.receivables.reconciliation.matching.store.StoreCustomerLedger;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.spi.store.Versioned;
import io.github.receivables.spi.store.WriteOffReason;
import io.github.receivables.spi.store.WriteOffRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tolerance write-offs and customer credit through {@link StoreAllocationWriter}, run end to end
 * through the store reconciler: a 100,000 CLP invoice and lines that pay it short or long.
 */
class StoreWriteOffTest {

    private static final LocalDate DAY = Fixtures.DAY;
    private static final CustomerId C1 = CustomerId.of("C1");

    private final StorePortfolio portfolio = new StorePortfolio(DAY);
    private final Fixtures lines = new Fixtures();
    private final DocumentId invoice;

    StoreWriteOffTest() {
        portfolio.customer("C1", "Comercial Andes SpA", 76_000_001);
        invoice = portfolio.invoice("C1", "1001", 100_000);
    }

    private LineOutcome run(MatchingConfig config, StatementEntry entry) {
        return portfolio.reconciler(config).cashApplication().run(List.of(entry), DAY)
                .outcomes().get(0);
    }

    private StatementEntry paying(long amount) {
        return lines.credit(amount, "Comercial Andes SpA", null, null, "factura 1001");
    }

    private Money openBalance(LocalDate asOf) {
        return StoreCustomerLedger.load(portfolio.stores, C1).openBalance(invoice, asOf);
    }

    @Test
    void feeWithinToleranceIsWrittenOffAndSettles() {
        LineOutcome outcome = run(Fixtures.clpTolerance(10, 0), paying(99_990));

        assertEquals(LineOutcome.Action.AUTO_APPLIED, outcome.action());
        assertEquals(99_990, portfolio.settledMinor(invoice));
        List<WriteOffRecord> writeOffs = portfolio.stores.writeOffs().findByDocument(invoice);
        assertEquals(1, writeOffs.size());
        WriteOffRecord fee = writeOffs.get(0);
        assertEquals(clp(10), fee.writeOff().amount());
        assertEquals(WriteOffReason.BANK_FEE, fee.reason());
        assertEquals(outcome.line().id(), fee.source());
        assertEquals(DAY, fee.writeOff().on());
        assertEquals(clp(0), openBalance(DAY));
    }

    @Test
    void settledDocumentLeavesOpenItems() {
        run(Fixtures.clpTolerance(10, 0), paying(99_990));

        LineOutcome second = run(Fixtures.clpTolerance(10, 0), paying(10));

        assertEquals(LineOutcome.Action.UNMATCHED, second.action());
        assertEquals(99_990, portfolio.settledMinor(invoice));
    }

    @Test
    void gapBeyondToleranceStaysOpenAndOnHold() {
        LineOutcome outcome = run(Fixtures.clpTolerance(10, 0), paying(98_000));

        assertEquals(MatchShape.SHORT_PAYMENT,
                outcome.findDecision().flatMap(Decision::findProposal).orElseThrow().shape());
        assertTrue(portfolio.stores.writeOffs().findByDocument(invoice).isEmpty());
        assertEquals(clp(2_000), openBalance(DAY));
        CollectionStatus status = portfolio.stores.documents().find(invoice).orElseThrow()
                .value().status();
        assertEquals(new CollectionStatus.OnHold(DAY, null), status);
    }

    @Test
    void rerunWritesNoSecondWriteOff() {
        StatementEntry entry = paying(99_990);
        run(Fixtures.clpTolerance(10, 0), entry);
        StorePortfolio.Snapshot before = portfolio.snapshot();

        RunReport again = portfolio.reconciler(Fixtures.clpTolerance(10, 0)).cashApplication()
                .run(List.of(entry), DAY.plusDays(1));

        assertEquals(0, again.changedCount());
        assertEquals(before, portfolio.snapshot());
        assertEquals(1, portfolio.stores.writeOffs().findByDocument(invoice).size());
    }

    @Test
    void revertReopensAllocationAndWriteOff() {
        StoreAllocationWriter writer = new StoreAllocationWriter(portfolio.stores,
                StorePortfolio.CLOCK);
        String lineId = run(Fixtures.clpTolerance(10, 0), paying(99_990)).line().id();

        assertTrue(writer.revert(lineId, DAY.plusDays(2),
                AllocationWriter.RevertReason.BANK_REVERSAL));

        assertEquals(0, portfolio.settledMinor(invoice));
        assertEquals(0, portfolio.writtenOffMinor(invoice));
        WriteOffRecord fee = portfolio.stores.writeOffs().findByDocument(invoice).get(0);
        assertEquals(DAY.plusDays(2), fee.reversedOn());
        assertEquals(clp(0), openBalance(DAY.plusDays(1)));
        assertEquals(clp(100_000), openBalance(DAY.plusDays(2)));
        assertFalse(writer.revert(lineId, DAY.plusDays(3),
                AllocationWriter.RevertReason.BANK_REVERSAL));
    }

    @Test
    void bankReversalReopensAllocationAndWriteOff() {
        StatementEntry payment = lines.entry(amount(99_990), party(), "factura 1001", null,
                "E2E-9", null, EntryStatus.BOOKED, false);
        StatementEntry reversal = lines.entry(amount(-99_990), party(), "DEVOLUCION", null,
                "E2E-9", null, EntryStatus.BOOKED, true);
        CashApplication cash = portfolio.reconciler(Fixtures.clpTolerance(10, 0))
                .cashApplication();
        cash.run(List.of(payment), DAY);

        LineOutcome outcome = cash.run(List.of(reversal), DAY.plusDays(3)).outcomes().get(0);

        assertEquals(LineOutcome.Action.REVERSED, outcome.action());
        assertEquals(0, portfolio.settledMinor(invoice));
        assertEquals(0, portfolio.writtenOffMinor(invoice));
        assertEquals(clp(100_000), openBalance(DAY.plusDays(3)));
    }

    @Test
    void overpaymentShowsAsCustomerCredit() {
        LineOutcome outcome = run(MatchingConfig.defaults(), paying(130_000));

        assertEquals(MatchShape.OVERPAYMENT,
                outcome.findDecision().flatMap(Decision::findProposal).orElseThrow().shape());
        Payment payment = portfolio.stores.payments().findByExternalId(outcome.line().id())
                .map(Versioned::value).orElseThrow();
        assertEquals(clp(130_000), payment.amount());
        assertEquals(100_000, portfolio.settledMinor(invoice));
        assertEquals(clp(30_000), StoreCustomerLedger.credit(portfolio.stores, C1,
                Fixtures.CLP, DAY));
        CustomerPosition position = StoreCustomerLedger.positions(portfolio.stores, C1, DAY)
                .get(0);
        assertEquals(clp(0), position.open());
        assertEquals(clp(30_000), position.unappliedCash());
        assertEquals(clp(-30_000), position.net());
    }

    @Test
    void statementShowsWriteOffLine() {
        run(Fixtures.clpTolerance(10, 0), paying(99_990));
        Ledger ledger = StoreCustomerLedger.load(portfolio.stores, C1);

        StatementOfAccount statement = Statements.of(ledger, C1, Fixtures.CLP, DAY, DAY);

        List<MovementKind> kinds = statement.lines().stream().map(StatementLine::kind).toList();
        assertEquals(List.of(MovementKind.PAYMENT_RECEIVED, MovementKind.ALLOCATION,
                MovementKind.WRITE_OFF), kinds);
        assertEquals(clp(0), statement.closing());
    }

    @Test
    void statementClosesNegativeByCredit() {
        run(MatchingConfig.defaults(), paying(130_000));
        Ledger ledger = StoreCustomerLedger.load(portfolio.stores, C1);

        StatementOfAccount statement = Statements.of(ledger, C1, Fixtures.CLP, DAY, DAY);

        assertEquals(clp(100_000), statement.opening());
        assertEquals(clp(-30_000), statement.closing());
    }

    private static StatementAmount amount(long clp) {
        return new StatementAmount(BigDecimal.valueOf(clp), "CLP");
    }

    private static Party party() {
        return new Party("Comercial Andes SpA", null, null, null);
    }

    private static Money clp(long minor) {
        return Money.ofMinor(minor, Fixtures.CLP);
    }
}
