package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.store.StoreAllocationWriter;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.StoreUnavailableException;
import io.github.receivables.spi.store.Versioned;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SPI-backed writer: one transaction per line, ledger checks, idempotency and reverts. */
class StoreAllocationWriterTest {

    private static final LocalDate DAY = Fixtures.DAY;

    private final StorePortfolio portfolio = new StorePortfolio(DAY);
    private final StoreAllocationWriter writer =
            new StoreAllocationWriter(portfolio.stores, StorePortfolio.CLOCK);
    private final DocumentId invoice;

    StoreAllocationWriterTest() {
        portfolio.customer("C1", "Comercial Andes SpA", 76_000_001);
        invoice = portfolio.invoice("C1", "1001", 100_000);
    }

    @Test
    void applyWritesPaymentAllocationAndDecision() {
        assertTrue(writer.apply(application("L1", 100_000, 100_000)));

        Payment payment = portfolio.stores.payments().findByExternalId("L1").orElseThrow()
                .value();
        assertEquals(clp(100_000), payment.amount());
        assertEquals(100_000, portfolio.settledMinor(invoice));
        MatchDecision decision = decision("L1");
        assertEquals(MatchStatus.AUTO_APPLIED, decision.status());
        assertEquals(1, decision.allocationIds().size());
        assertEquals(invoice, decision.lines().get(0).documentId());
    }

    @Test
    void applyTwiceWritesNothingMore() {
        writer.apply(application("L1", 60_000, 60_000));
        StorePortfolio.Snapshot before = portfolio.snapshot();

        assertFalse(writer.apply(application("L1", 60_000, 60_000)));

        assertEquals(before, portfolio.snapshot());
    }

    @Test
    void applyAboveOpenBalanceIsRejected() {
        writer.apply(application("L1", 60_000, 60_000));
        StorePortfolio.Snapshot before = portfolio.snapshot();

        MatchingException error = assertThrows(MatchingException.class,
                () -> writer.apply(application("L2", 50_000, 50_000)));

        assertTrue(error.getMessage().contains("L2"), error.getMessage());
        assertEquals(before, portfolio.snapshot());
        assertTrue(portfolio.stores.payments().findByExternalId("L2").isEmpty());
    }

    @Test
    void applyAboveLineAmountIsRejected() {
        MatchingException error = assertThrows(MatchingException.class,
                () -> writer.apply(application("L1", 30_000, 40_000)));

        assertTrue(error.getMessage().contains("L1"), error.getMessage());
        assertTrue(portfolio.stores.payments().findByExternalId("L1").isEmpty());
        assertEquals(0, portfolio.settledMinor(invoice));
    }

    @Test
    void writeOffAboveOpenBalanceIsRejected() {
        ItemKey item = new ItemKey(invoice, 0);
        ProposedAllocation allocation = new ProposedAllocation(item,
                AllocationSource.payment(PaymentId.of("L1")), clp(100_000), clp(100_000));
        Proposal proposal = new Proposal("L1", MatchShape.ONE_TO_ONE, CustomerId.of("C1"),
                List.of(allocation), List.of(new Adjustment(item, Adjustment.Kind.BANK_FEE,
                        clp(-10))), List.of(), clp(0), clp(0), 10_000, List.of(), false);
        Payment payment = new Payment(PaymentId.of("L1"), CustomerId.of("C1"), clp(100_000),
                DAY, PaymentMethod.BANK_TRANSFER, null, "L1");
        StorePortfolio.Snapshot before = portfolio.snapshot();

        MatchingException error = assertThrows(MatchingException.class,
                () -> writer.apply(new Application(proposal, payment, DAY)));

        assertTrue(error.getMessage().contains("L1"), error.getMessage());
        assertEquals(before, portfolio.snapshot());
        assertTrue(portfolio.stores.writeOffs().findByDocument(invoice).isEmpty());
    }

    @Test
    void failingWriteInTransactionLeavesStoresUnchanged() {
        StorePortfolio.Snapshot before = portfolio.snapshot();
        StoreAllocationWriter failing = new StoreAllocationWriter(
                FailingStores.failDecisionInsert(portfolio.stores), StorePortfolio.CLOCK);

        assertThrows(StoreUnavailableException.class,
                () -> failing.apply(application("L1", 50_000, 50_000)));

        assertEquals(before, portfolio.snapshot());
        assertTrue(portfolio.stores.payments().findByExternalId("L1").isEmpty());
        assertEquals(0, portfolio.settledMinor(invoice));
        assertTrue(portfolio.stores.matchDecisions().find(MatchDecisionId.of("L1")).isEmpty());
    }

    @Test
    void revertReversesAllocationsAndRecordsUnapplied() {
        writer.apply(application("L1", 100_000, 100_000));

        assertTrue(writer.revert("L1", DAY.plusDays(1),
                AllocationWriter.RevertReason.USER_UNAPPLY));

        assertEquals(0, portfolio.settledMinor(invoice));
        MatchDecision decision = decision("L1");
        assertEquals(MatchStatus.UNAPPLIED, decision.status());
        assertEquals(StoreAllocationWriter.USER_UNAPPLY_ACTOR, decision.decidedBy());
        Allocation reversed = portfolio.stores.allocations()
                .find(decision.allocationIds().get(0)).orElseThrow();
        assertEquals(DAY.plusDays(1), reversed.reversedOn());
    }

    @Test
    void revertedLineIsNeverAppliedAgain() {
        writer.apply(application("L1", 100_000, 100_000));
        writer.revert("L1", DAY, AllocationWriter.RevertReason.BANK_REVERSAL);
        StorePortfolio.Snapshot before = portfolio.snapshot();

        assertFalse(writer.apply(application("L1", 100_000, 100_000)));
        assertFalse(writer.revert("L1", DAY, AllocationWriter.RevertReason.BANK_REVERSAL));

        assertEquals(before, portfolio.snapshot());
        assertEquals(StoreAllocationWriter.BANK_REVERSAL_ACTOR, decision("L1").decidedBy());
    }

    @Test
    void revertOfUnknownLineReturnsFalse() {
        assertFalse(writer.revert("nope", DAY, AllocationWriter.RevertReason.USER_UNAPPLY));
    }

    private MatchDecision decision(String lineId) {
        return portfolio.stores.matchDecisions().find(MatchDecisionId.of(lineId))
                .map(Versioned::value).orElseThrow();
    }

    /** Builds an application of a line of {@code lineAmount} allocating {@code allocated} to 1001. */
    @Test
    void shortPaymentPutsDocumentOnHold() {
        ItemKey item = new ItemKey(invoice, 0);
        ProposedAllocation allocation = new ProposedAllocation(item,
                AllocationSource.payment(PaymentId.of("L1")), clp(98_000), clp(98_000));
        Proposal proposal = new Proposal("L1", MatchShape.SHORT_PAYMENT, CustomerId.of("C1"),
                List.of(allocation), List.of(),
                List.of(new ItemFlag(item, ItemFlag.Kind.SHORT_PAYMENT_UNDER_REVIEW, clp(2_000))),
                clp(0), clp(0), 10_000, List.of(), false);
        Payment payment = new Payment(PaymentId.of("L1"), CustomerId.of("C1"), clp(98_000), DAY,
                PaymentMethod.BANK_TRANSFER, null, "L1");

        assertTrue(writer.apply(new Application(proposal, payment, DAY)));

        CollectionStatus status = portfolio.stores.documents().find(invoice).orElseThrow()
                .value().status();
        assertEquals(new CollectionStatus.OnHold(DAY, null), status);
        assertEquals(98_000, portfolio.settledMinor(invoice));
    }

    private Application application(String lineId, long lineAmount, long allocated) {
        Money line = clp(lineAmount);
        ProposedAllocation allocation = new ProposedAllocation(new ItemKey(invoice, 0),
                AllocationSource.payment(PaymentId.of(lineId)), clp(allocated), clp(allocated));
        long rest = Math.max(0, lineAmount - allocated);
        Proposal proposal = new Proposal(lineId, MatchShape.ONE_TO_ONE, CustomerId.of("C1"),
                List.of(allocation), List.of(), List.of(), clp(0), clp(rest), 10_000, List.of(),
                false);
        Payment payment = new Payment(PaymentId.of(lineId), CustomerId.of("C1"), line, DAY,
                PaymentMethod.BANK_TRANSFER, null, lineId);
        return new Application(proposal, payment, DAY);
    }

    private static Money clp(long minor) {
        return Money.ofMinor(minor, Fixtures.CLP);
    }
}
