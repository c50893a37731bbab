package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashApplicationTest {

    private final Fixtures f = new Fixtures();

    @Test
    void autoAppliesAboveThreshold() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "104411", 250_000);
        Fixtures.Service service = f.service(MatchingConfig.defaults());

        RunReport report = service.application().run(
                List.of(f.credit(250_000, null, null, null, "factura 104411")), Fixtures.DAY);

        assertEquals(LineOutcome.Action.AUTO_APPLIED, report.outcomes().get(0).action());
        assertEquals(250_000, service.writer().settledMinor(invoice));
        assertEquals(DecisionStatus.AUTO_APPLIED,
                service.log().find(report.outcomes().get(0).line().id()).orElseThrow().status());
    }

    @Test
    void segmentThresholdQueuesForReview() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428, "key-accounts");
        ItemKey invoice = f.invoice("C1", "104411", 250_000);
        MatchingConfig strict = MatchingConfig.builder().thresholdBp("key-accounts", 10_001)
                .build();
        Fixtures.Service service = f.service(strict);

        RunReport report = service.application().run(
                List.of(f.credit(250_000, null, null, null, "factura 104411")), Fixtures.DAY);

        assertEquals(LineOutcome.Action.QUEUED, report.outcomes().get(0).action());
        assertEquals(0, service.writer().settledMinor(invoice));
    }

    @Test
    void rerunOfSameStatementChangesNothing() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.invoice("C1", "104411", 250_000);
        f.invoice("C1", "104412", 80_000);
        Fixtures.Service service = f.service(MatchingConfig.defaults());
        List<StatementEntry> statement = List.of(
                f.credit(250_000, null, null, null, "factura 104411"),
                f.credit(5_000, "JUAN PEREZ", null, null, "REGALO"));
        service.application().run(statement, Fixtures.DAY);
        int writes = service.writer().writeCount();
        int decisions = service.log().history().size();

        RunReport again = service.application().run(statement, Fixtures.DAY.plusDays(1));

        assertEquals(0, again.changedCount());
        assertEquals(writes, service.writer().writeCount());
        assertEquals(decisions, service.log().history().size());
    }

    @Test
    void userUnapplyIsNeverRedone() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "104411", 250_000);
        Fixtures.Service service = f.service(MatchingConfig.defaults());
        List<StatementEntry> statement =
                List.of(f.credit(250_000, null, null, null, "factura 104411"));
        String lineId = service.application().run(statement, Fixtures.DAY).outcomes().get(0)
                .line().id();

        service.application().unapply(lineId, "ana", Fixtures.DAY);
        service.application().run(statement, Fixtures.DAY.plusDays(1));

        assertEquals(0, service.writer().settledMinor(invoice));
        assertEquals(DecisionStatus.USER_UNAPPLIED,
                service.log().find(lineId).orElseThrow().status());
        assertEquals(AllocationWriter.RevertReason.USER_UNAPPLY,
                service.writer().reverts().get(0).reason());
    }

    @Test
    void confirmationTeachesPayerAccount() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.customer("C2", "Servicios Sur Ltda", 77_111_222);
        f.invoice("C1", "104411", 250_000);
        ItemKey later = f.invoice("C1", "104499", 90_000);
        f.invoice("C2", "204411", 90_000);
        Fixtures.Service service = f.service(MatchingConfig.defaults());
        RunReport first = service.application().run(List.of(
                f.credit(250_000, "PEDRO SOTO", null, "000123456789", "pago")), Fixtures.DAY);
        LineOutcome queued = first.outcomes().get(0);
        assertEquals(LineOutcome.Action.QUEUED, queued.action());

        service.application().confirm(queued.line().id(),
                queued.decision().findProposal().orElseThrow(), "ana", Fixtures.DAY);
        RunReport second = service.application().run(List.of(
                f.credit(90_000, "PEDRO SOTO", null, "000123456789", "pago")), Fixtures.DAY);

        LineOutcome outcome = second.outcomes().get(0);
        assertEquals(LineOutcome.Action.AUTO_APPLIED, outcome.action());
        assertEquals(later, outcome.decision().findProposal().orElseThrow().items().get(0));
        assertEquals(2, service.rules().rules().size());
    }

    @Test
    void rejectionIsRecorded() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.invoice("C1", "104411", 250_000);
        Fixtures.Service service = f.service(MatchingConfig.defaults());
        LineOutcome queued = service.application().run(List.of(
                f.credit(250_000, "PEDRO SOTO", null, null, "pago")), Fixtures.DAY)
                .outcomes().get(0);

        Decision rejected = service.application().reject(queued.line().id(), "ana",
                Fixtures.DAY);

        assertEquals(DecisionStatus.REJECTED, rejected.status());
        assertEquals("ana", service.log().find(queued.line().id()).orElseThrow().actor());
    }

    @Test
    void confirmRejectsOverAllocation() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.invoice("C1", "104411", 250_000);
        Fixtures.Service service = f.service(MatchingConfig.defaults());
        List<LineOutcome> outcomes = service.application().run(List.of(
                f.credit(250_000, null, null, null, "factura 104411"),
                f.credit(250_000, "PEDRO SOTO", null, null, "pago")), Fixtures.DAY).outcomes();
        Proposal stale = outcomes.get(0).decision().findProposal().orElseThrow();
        Proposal copy = new Proposal(outcomes.get(1).line().id(), stale.shape(),
                stale.customerId(), List.of(new ProposedAllocation(stale.items().get(0),
                        io.github.receivables.core.ledger.AllocationSource.payment(
                                io.github.receivables.core.ledger.PaymentId.of("x")),
                        Money.ofMinor(250_000, Fixtures.CLP),
                        Money.ofMinor(250_000, Fixtures.CLP))),
                List.of(), List.of(), stale.customerCredit(), stale.unapplied(), 0, List.of(),
                false);

        assertThrows(MatchingException.class, () -> service.application().confirm(
                outcomes.get(1).line().id(), copy, "ana", Fixtures.DAY));
    }

    @Test
    void bankReversalReopensOriginal() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "104411", 250_000);
        Fixtures.Service service = f.service(MatchingConfig.defaults());
        StatementEntry payment = f.entry(clp(250_000), Party.UNKNOWN, "factura 104411", null,
                "E2E-77", null, EntryStatus.BOOKED, false);
        String original = service.application().run(List.of(payment), Fixtures.DAY)
                .outcomes().get(0).line().id();
        StatementEntry reversal = f.entry(clp(-250_000), Party.UNKNOWN, "DEVOLUCION", null,
                "E2E-77", null, EntryStatus.BOOKED, true);

        LineOutcome outcome = service.application().run(List.of(reversal),
                Fixtures.DAY.plusDays(3)).outcomes().get(0);

        assertEquals(LineOutcome.Action.REVERSED, outcome.action());
        assertEquals(original, outcome.decision().relatedLineId());
        assertEquals(0, service.writer().settledMinor(invoice));
        assertEquals(DecisionStatus.REVERSED_BY_BANK,
                service.log().find(original).orElseThrow().status());
        assertEquals(250_000, service.application().session().remaining(invoice).minorUnits());
    }

    @Test
    void reversalFindsOriginalByBankReference() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "104411", 250_000);
        Fixtures.Service service = f.service(MatchingConfig.defaults());
        StatementEntry payment = f.entry(clp(250_000), Party.UNKNOWN, "factura 104411", null,
                null, null, EntryStatus.BOOKED, false);
        String original = service.application().run(List.of(payment), Fixtures.DAY)
                .outcomes().get(0).line().id();
        StatementEntry reversal = f.entry(clp(-250_000), Party.UNKNOWN,
                "ANULACION " + payment.bankReference(), null, null, null, EntryStatus.BOOKED,
                true);

        LineOutcome outcome = service.application().run(List.of(reversal),
                Fixtures.DAY.plusDays(1)).outcomes().get(0);

        assertEquals(LineOutcome.Action.REVERSED, outcome.action());
        assertEquals(original, outcome.decision().relatedLineId());
        assertEquals(0, service.writer().settledMinor(invoice));
    }

    @Test
    void reversalWithoutOriginalWaitsForReview() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.invoice("C1", "104411", 6_00);
        Fixtures.Service service = f.service(MatchingConfig.defaults());
        StatementEntry reversal = f.entry(clp(-600), Party.UNKNOWN, "Mitteilung 128", null,
                "EndToEnd-2B6C-CHDDBB5", null, EntryStatus.BOOKED, true);

        LineOutcome outcome = service.application().run(List.of(reversal), Fixtures.DAY)
                .outcomes().get(0);

        assertEquals(LineOutcome.Action.REVERSAL_UNRESOLVED, outcome.action());
        assertTrue(service.writer().inForce().isEmpty());
    }

    @Test
    void writerFailureLeavesBalancesUntouched() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "104411", 250_000);
        MatchingEngine engine = MatchingEngine.builder(f.index()).build();
        AllocationWriter failing = new AllocationWriter() {
            @Override
            public boolean apply(Application application) {
                throw new IllegalStateException("store down");
            }

            @Override
            public boolean revert(String lineId, java.time.LocalDate on, RevertReason reason) {
                return false;
            }
        };
        CashApplication application = new CashApplication(engine, failing,
                new io.github.receivables.reconciliation.matching.memory.InMemoryDecisionLog(),
                new io.github.receivables.reconciliation.matching.memory.InMemoryPayerRules());

        assertThrows(IllegalStateException.class, () -> application.run(
                List.of(f.credit(250_000, null, null, null, "factura 104411")), Fixtures.DAY));
        assertEquals(250_000, application.session().remaining(invoice).minorUnits());
    }

    private static StatementAmount clp(long amount) {
        return new StatementAmount(BigDecimal.valueOf(amount), "CLP");
    }

}
