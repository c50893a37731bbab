package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.memory.InMemorySettlementSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayoutMatchingTest {

    private final Fixtures f = new Fixtures();

    private static Money clp(long amount) {
        return Money.ofMinor(amount, Fixtures.CLP);
    }

    private MatchResult evaluate(PayoutSettlement settlement, long lineAmount) {
        MatchingEngine engine = MatchingEngine.builder(f.index())
                .settlements(new InMemorySettlementSource(List.of(settlement))).build();
        return engine.evaluate(Fixtures.line(f.credit(lineAmount, "PROCESADORA", null, null,
                "LIQUIDACION " + settlement.payoutId())), engine.newSession());
    }

    @Test
    void payoutSettlesEachPaymentNetOfFee() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.customer("C2", "Servicios Sur Ltda", 77_111_222);
        ItemKey a = f.invoice("C1", "1001", clp(10_000), Fixtures.DAY,
                new ItemReference(ItemReference.Kind.PAYMENT_LINK, "PL-A1"));
        ItemKey b = f.invoice("C2", "2001", clp(20_000), Fixtures.DAY,
                new ItemReference(ItemReference.Kind.PAYMENT_LINK, "PL-B2"));
        PayoutSettlement settlement = new PayoutSettlement("PO777", List.of(
                new PayoutLine("PL-A1", clp(10_000), clp(300), clp(9_700)),
                new PayoutLine("PL-B2", clp(20_000), clp(600), clp(19_400))));

        MatchResult result = evaluate(settlement, 29_100);

        MatchResult.Matched matched = assertInstanceOf(MatchResult.Matched.class, result);
        Proposal proposal = matched.proposal();
        assertEquals(MatchShape.PAYOUT, proposal.shape());
        assertEquals(10_000, matched.confidenceBp());
        assertEquals(List.of(a, b), proposal.items());
        assertEquals(clp(9_700), proposal.allocations().get(0).amount());
        assertEquals(List.of(new Adjustment(a, Adjustment.Kind.PROVIDER_FEE, clp(-300)),
                new Adjustment(b, Adjustment.Kind.PROVIDER_FEE, clp(-600))),
                proposal.adjustments());
        assertEquals(clp(29_100), proposal.lineTotal());
    }

    @Test
    void payoutWithUnknownPaymentLeavesItsNetUnapplied() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.invoice("C1", "1001", clp(10_000), Fixtures.DAY,
                new ItemReference(ItemReference.Kind.PAYMENT_LINK, "PL-A1"));
        PayoutSettlement settlement = new PayoutSettlement("PO778", List.of(
                new PayoutLine("PL-A1", clp(10_000), clp(300), clp(9_700)),
                new PayoutLine("PL-ZZ", clp(5_000), clp(150), clp(4_850))));

        Proposal proposal = assertInstanceOf(MatchResult.Matched.class,
                evaluate(settlement, 14_550)).proposal();

        assertEquals(clp(4_850), proposal.unapplied());
        assertEquals(clp(14_550), proposal.lineTotal());
    }

    @Test
    void payoutWhoseNetDiffersNeedsReview() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.invoice("C1", "1001", clp(10_000), Fixtures.DAY,
                new ItemReference(ItemReference.Kind.PAYMENT_LINK, "PL-A1"));
        PayoutSettlement settlement = new PayoutSettlement("PO779", List.of(
                new PayoutLine("PL-A1", clp(10_000), clp(300), clp(9_700))));

        Proposal proposal = assertInstanceOf(MatchResult.Matched.class,
                evaluate(settlement, 9_800)).proposal();

        assertTrue(proposal.reviewRequired());
        assertEquals(clp(100), proposal.unapplied());
        assertEquals(clp(9_800), proposal.lineTotal());
    }
}
