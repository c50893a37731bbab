package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.store.StoreAllocationWriter;
import io.github.receivables.reconciliation.matching.store.StoreDecisionLog;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines applied without a payment allocation (credit note netting alone, a write-off alone,
 * unidentified cash) get a stored decision with their keys. Another process can then revert them
 * or find them for a bank reversal, and the revert undoes their note allocations and write-offs.
 */
class StoreLinesWithoutPaymentTest {

    private static final LocalDate DAY = Fixtures.DAY;
    private static final LocalDate LATER = DAY.plusDays(5);

    private final StorePortfolio portfolio = new StorePortfolio(DAY);
    private final DocumentId invoice;
    private final DocumentId note;

    StoreLinesWithoutPaymentTest() {
        portfolio.customer("C1", "Comercial Andes SpA", 76_000_001);
        invoice = portfolio.invoice("C1", "1001", 100_000);
        note = portfolio.creditNote("C1", "9001", 30_000);
    }

    /** Creates a writer as another process would, sharing only the stores. */
    private StoreAllocationWriter newWriter() {
        return new StoreAllocationWriter(portfolio.stores, StorePortfolio.CLOCK);
    }

    @Test
    void noteNettingOnlyIsRevertedByNewProcess() {
        ProposedAllocation fromNote = new ProposedAllocation(new ItemKey(invoice, 0),
                AllocationSource.creditNote(note), clp(30_000), clp(30_000));
        newWriter().apply(application("L1", 5_000, List.of(fromNote), List.of(), 5_000, "E2E-1"));
        assertEquals(30_000, portfolio.settledMinor(invoice), "settled by the note");

        assertTrue(newWriter().revert("L1", LATER, AllocationWriter.RevertReason.USER_UNAPPLY));

        assertEquals(0, portfolio.settledMinor(invoice));
        assertEquals(MatchStatus.UNAPPLIED, stored("L1").status());
        assertEquals(List.of(), stored("L1").lines());
    }

    @Test
    void writeOffOnlyIsReversedOnRevert() {
        DocumentId nearlyPaid = portfolio.partlyPaid("C1", "1003", 100_000, 10);
        Adjustment small = new Adjustment(new ItemKey(nearlyPaid, 0), Adjustment.Kind.ROUNDING,
                clp(-10));
        newWriter().apply(application("L1", 7, List.of(), List.of(small), 7, "E2E-1"));
        assertEquals(10, portfolio.writtenOffMinor(nearlyPaid), "written off");

        assertTrue(newWriter().revert("L1", LATER, AllocationWriter.RevertReason.BANK_REVERSAL));

        assertEquals(0, portfolio.writtenOffMinor(nearlyPaid));
        assertEquals(StoreAllocationWriter.BANK_REVERSAL_ACTOR, stored("L1").decidedBy());
    }

    @Test
    void unidentifiedCashIsFoundForReversal() {
        newWriter().apply(application("L1", 40_000, List.of(), List.of(), 40_000, "E2E-7"));

        StoreDecisionLog log = new StoreDecisionLog(portfolio.stores, StorePortfolio.CLOCK);
        List<Decision> found = log.findAppliedByEndToEndId("E2E-7");

        assertEquals(1, found.size());
        assertEquals("L1", found.get(0).lineId());
        assertEquals(clp(40_000), found.get(0).keys().amount());
        assertTrue(newWriter().revert("L1", LATER, AllocationWriter.RevertReason.BANK_REVERSAL));
        assertEquals(MatchStatus.UNAPPLIED, stored("L1").status());
        PaymentId payment = portfolio.stores.payments().findByExternalId("L1").orElseThrow()
                .value().id();
        assertEquals(40_000, portfolio.adjustedMinor(payment), "returned by the bank");
    }

    @Test
    void unidentifiedCashIsDecidedInNewProcess() {
        newWriter().apply(application("L1", 40_000, List.of(), List.of(), 40_000, "E2E-7"));

        StoreDecisionLog log = new StoreDecisionLog(portfolio.stores, StorePortfolio.CLOCK);

        assertEquals(DecisionStatus.AUTO_APPLIED, log.find("L1").orElseThrow().status());
        assertEquals("E2E-7", log.find("L1").orElseThrow().keys().endToEndId());
    }

    private MatchDecision stored(String lineId) {
        return portfolio.stores.matchDecisions().find(MatchDecisionId.of(lineId)).orElseThrow()
                .value();
    }

    /** Returns the application of a line that leaves {@code unapplied} on its payment. */
    private static Application application(String lineId, long lineAmount,
            List<ProposedAllocation> allocations, List<Adjustment> adjustments, long unapplied,
            String endToEndId) {
        Proposal proposal = new Proposal(lineId, MatchShape.ONE_TO_ONE, CustomerId.of("C1"),
                allocations, adjustments, List.of(), clp(0), clp(unapplied), 10_000, List.of(),
                false);
        Payment payment = new Payment(PaymentId.of(lineId), CustomerId.of("C1"), clp(lineAmount),
                DAY, PaymentMethod.BANK_TRANSFER, null, lineId);
        LineKeys keys = new LineKeys(DAY, endToEndId, null, clp(lineAmount), null, "");
        return new Application(proposal, payment, DAY, keys);
    }

    private static Money clp(long minor) {
        return Money.ofMinor(minor, Fixtures.CLP);
    }
}
