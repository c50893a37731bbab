package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.account.MovementKind;
import io.github.receivables.core.account.StatementLine;
import io.github.receivables.core.account.StatementOfAccount;
import io.github.receivables.core.account.Statements;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.PaymentAdjustment;
import io.github.receivables.core.ledger.PaymentAdjustmentReason;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.store.StoreAllocationWriter;
import io.github.receivables.reconciliation.matching.store.StoreCustomerLedger;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rounding gains and bank-returned payments through {@link StoreAllocationWriter}, run end to end
 * through store reconcilers: a 100,000 CLP invoice, lines that pay it, and later reversals. Each
 * run opens a new reconciler over the same stores, as a new process would.
 */
class StorePaymentAdjustmentTest {

    private static final LocalDate DAY = Fixtures.DAY;
    private static final LocalDate REVERSAL_DAY = DAY.plusDays(3);
    private static final CustomerId C1 = CustomerId.of("C1");
    private static final MatchingConfig ROUNDING_5 = Fixtures.clpTolerance(0, 5);

    private final StorePortfolio portfolio = new StorePortfolio(DAY);
    private final Fixtures lines = new Fixtures();
    private final DocumentId invoice;

    StorePaymentAdjustmentTest() {
        portfolio.customer("C1", "Comercial Andes SpA", 76_000_001);
        invoice = portfolio.invoice("C1", "1001", 100_000);
    }

    @Test
    void roundingGainBecomesAdjustmentNotCredit() {
        LineOutcome outcome = run(DAY, paying(100_003, "E2E-1"));

        assertEquals(LineOutcome.Action.AUTO_APPLIED, outcome.action());
        assertEquals(100_000, portfolio.settledMinor(invoice));
        List<PaymentAdjustmentRecord> adjustments = adjustmentsOf(outcome);
        assertEquals(1, adjustments.size());
        PaymentAdjustment gain = adjustments.get(0).adjustment();
        assertEquals(clp(3), gain.amount());
        assertEquals(PaymentAdjustmentReason.ROUNDING_GAIN, gain.reason());
        assertEquals(DAY, gain.on());
        assertEquals(outcome.line().id(), adjustments.get(0).source());
        assertEquals(clp(0), credit(DAY));
        assertEquals(clp(0), StoreCustomerLedger.positions(portfolio.stores, C1, DAY).get(0)
                .unappliedCash());
    }

    @Test
    void statementShowsRoundingGainLine() {
        run(DAY, paying(100_003, "E2E-1"));
        Ledger ledger = StoreCustomerLedger.load(portfolio.stores, C1);

        StatementOfAccount statement = Statements.of(ledger, C1, Fixtures.CLP, DAY, DAY);

        List<MovementKind> kinds = statement.lines().stream().map(StatementLine::kind).toList();
        assertEquals(List.of(MovementKind.PAYMENT_RECEIVED, MovementKind.ALLOCATION,
                MovementKind.PAYMENT_ADJUSTMENT), kinds);
        assertEquals(clp(0), statement.closing());
    }

    @Test
    void rerunWritesNoSecondGain() {
        StatementEntry entry = paying(100_003, "E2E-1");
        LineOutcome first = run(DAY, entry);
        StorePortfolio.Snapshot before = portfolio.snapshot();

        RunReport again = portfolio.reconciler(ROUNDING_5).cashApplication()
                .run(List.of(entry), DAY.plusDays(1));

        assertEquals(0, again.changedCount());
        assertEquals(before, portfolio.snapshot());
        assertEquals(1, adjustmentsOf(first).size());
    }

    @Test
    void userUnapplyReversesGainAndKeepsCredit() {
        LineOutcome outcome = run(DAY, paying(100_003, "E2E-1"));

        assertTrue(writer().revert(outcome.line().id(), REVERSAL_DAY,
                AllocationWriter.RevertReason.USER_UNAPPLY));

        List<PaymentAdjustmentRecord> adjustments = adjustmentsOf(outcome);
        assertEquals(1, adjustments.size());
        assertEquals(REVERSAL_DAY, adjustments.get(0).reversedOn());
        assertEquals(clp(0), credit(REVERSAL_DAY.minusDays(1)));
        assertEquals(clp(100_003), credit(REVERSAL_DAY));
        assertEquals(clp(100_000), openBalance(REVERSAL_DAY));
    }

    @Test
    void bankReversalLeavesNoCredit() {
        LineOutcome original = run(DAY, paying(100_000, "E2E-2"));

        LineOutcome outcome = run(REVERSAL_DAY, reversing(100_000, "E2E-2"));

        assertEquals(LineOutcome.Action.REVERSED, outcome.action());
        assertEquals(0, portfolio.settledMinor(invoice));
        assertEquals(clp(100_000), openBalance(REVERSAL_DAY));
        assertEquals(clp(0), credit(REVERSAL_DAY));
        List<PaymentAdjustmentRecord> adjustments = adjustmentsOf(original);
        assertEquals(1, adjustments.size());
        PaymentAdjustment returned = adjustments.get(0).adjustment();
        assertEquals(PaymentAdjustmentReason.BANK_RETURNED, returned.reason());
        assertEquals(clp(100_000), returned.amount());
        assertEquals(REVERSAL_DAY, returned.on());
    }

    @Test
    void rerunOfBankReversalChangesNothing() {
        run(DAY, paying(100_000, "E2E-2"));
        StatementEntry reversal = reversing(100_000, "E2E-2");
        run(REVERSAL_DAY, reversal);
        StorePortfolio.Snapshot before = portfolio.snapshot();

        LineOutcome again = run(REVERSAL_DAY, reversal);

        assertEquals(LineOutcome.Action.ALREADY_DECIDED, again.action());
        assertEquals(before, portfolio.snapshot());
        assertEquals(clp(0), credit(REVERSAL_DAY));
    }

    @Test
    void bankReversalOfRoundingGainReturnsWholePayment() {
        LineOutcome original = run(DAY, paying(100_003, "E2E-3"));

        run(REVERSAL_DAY, reversing(100_003, "E2E-3"));

        assertEquals(clp(0), credit(REVERSAL_DAY));
        assertEquals(clp(100_000), openBalance(REVERSAL_DAY));
        PaymentId payment = paymentOf(original);
        assertEquals(100_003, portfolio.adjustedMinor(payment));
        assertEquals(2, adjustmentsOf(original).size());
    }

    @Test
    void bankReversalOfOverpaymentRemovesCredit() {
        run(DAY, paying(130_000, "E2E-4"));
        assertEquals(clp(30_000), credit(DAY));

        run(REVERSAL_DAY, reversing(130_000, "E2E-4"));

        assertEquals(clp(30_000), credit(REVERSAL_DAY.minusDays(1)));
        assertEquals(clp(0), credit(REVERSAL_DAY));
        assertEquals(clp(100_000), openBalance(REVERSAL_DAY));
    }

    @Test
    void userUnapplyLeavesPaymentAsCredit() {
        LineOutcome outcome = run(DAY, paying(100_000, "E2E-5"));

        writer().revert(outcome.line().id(), REVERSAL_DAY,
                AllocationWriter.RevertReason.USER_UNAPPLY);

        assertEquals(clp(100_000), credit(REVERSAL_DAY));
        assertTrue(adjustmentsOf(outcome).isEmpty());
    }

    @Test
    void statementShowsBankReturnedLine() {
        run(DAY, paying(100_000, "E2E-2"));
        run(REVERSAL_DAY, reversing(100_000, "E2E-2"));
        Ledger ledger = StoreCustomerLedger.load(portfolio.stores, C1);

        StatementOfAccount statement = Statements.of(ledger, C1, Fixtures.CLP, DAY,
                REVERSAL_DAY);

        List<MovementKind> kinds = statement.lines().stream().map(StatementLine::kind).toList();
        assertEquals(List.of(MovementKind.PAYMENT_RECEIVED, MovementKind.ALLOCATION,
                MovementKind.ALLOCATION_REVERSED, MovementKind.PAYMENT_ADJUSTMENT), kinds);
        assertEquals(clp(100_000), statement.closing());
    }

    /** Runs one line in a new reconciler over the portfolio's stores. */
    private LineOutcome run(LocalDate day, StatementEntry entry) {
        return portfolio.reconciler(ROUNDING_5).cashApplication().run(List.of(entry), day)
                .outcomes().get(0);
    }

    private StoreAllocationWriter writer() {
        return new StoreAllocationWriter(portfolio.stores, StorePortfolio.CLOCK);
    }

    private StatementEntry paying(long pesos, String endToEndId) {
        return lines.entry(amount(pesos), party(), "factura 1001", null, endToEndId, null,
                EntryStatus.BOOKED, false);
    }

    private StatementEntry reversing(long pesos, String endToEndId) {
        return lines.entry(amount(-pesos), party(), "DEVOLUCION", null, endToEndId, null,
                EntryStatus.BOOKED, true);
    }

    private PaymentId paymentOf(LineOutcome outcome) {
        return portfolio.stores.payments().findByExternalId(outcome.line().id()).orElseThrow()
                .value().id();
    }

    private List<PaymentAdjustmentRecord> adjustmentsOf(LineOutcome outcome) {
        return portfolio.stores.paymentAdjustments().findByPayment(paymentOf(outcome));
    }

    private Money credit(LocalDate asOf) {
        return StoreCustomerLedger.credit(portfolio.stores, C1, Fixtures.CLP, asOf);
    }

    private Money openBalance(LocalDate asOf) {
        return StoreCustomerLedger.load(portfolio.stores, C1).openBalance(invoice, asOf);
    }

    private static StatementAmount amount(long pesos) {
        return new StatementAmount(BigDecimal.valueOf(pesos), "CLP");
    }

    private static Party party() {
        return new Party("Comercial Andes SpA", null, null, null);
    }

    private static Money clp(long minor) {
        return Money.ofMinor(minor, Fixtures.CLP);
    }
}
