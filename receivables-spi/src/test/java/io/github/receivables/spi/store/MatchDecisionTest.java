package io.github.receivables.spi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.spi.testkit.TestData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchDecisionTest {

    private final TestData data = new TestData();

    @Test
    void proposalMovesToConfirmedOrRejectedOnly() {
        assertTrue(MatchStatus.PROPOSED.canMoveTo(MatchStatus.CONFIRMED));
        assertTrue(MatchStatus.PROPOSED.canMoveTo(MatchStatus.REJECTED));
        assertFalse(MatchStatus.PROPOSED.canMoveTo(MatchStatus.UNAPPLIED));
        assertFalse(MatchStatus.PROPOSED.canMoveTo(MatchStatus.AUTO_APPLIED));
    }

    @Test
    void appliedDecisionsCanBeUndone() {
        assertTrue(MatchStatus.AUTO_APPLIED.canMoveTo(MatchStatus.UNAPPLIED));
        assertTrue(MatchStatus.CONFIRMED.canMoveTo(MatchStatus.UNAPPLIED));
        assertFalse(MatchStatus.REJECTED.canMoveTo(MatchStatus.CONFIRMED));
        assertFalse(MatchStatus.UNAPPLIED.canMoveTo(MatchStatus.CONFIRMED));
    }

    @Test
    void decideRejectsForbiddenMove() {
        MatchDecision proposal = data.proposal("M1", TestData.NOW, "P1");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> proposal.decide(MatchStatus.UNAPPLIED, TestData.NOW, "ana"));

        assertTrue(e.getMessage().contains("PROPOSED to UNAPPLIED"), e.getMessage());
    }

    @Test
    void paymentIdsAreDistinctInLineOrder() {
        MatchDecision decision = data.proposal("M1", TestData.NOW, "P2", "P1", "P2");

        assertEquals(List.of(PaymentId.of("P2"), PaymentId.of("P1")), decision.paymentIds());
    }

    @Test
    void invalidConfidenceIsRejected() {
        MatchDecision valid = data.proposal("M1", TestData.NOW, "P1");
        for (String confidence : List.of("-0.1", "1.0001", "0.12345")) {
            assertThrows(IllegalArgumentException.class, () -> new MatchDecision(valid.id(),
                    valid.lines(), new BigDecimal(confidence), "", MatchStatus.PROPOSED,
                    TestData.NOW, null, null, List.of()), confidence);
        }
    }

    @Test
    void decidedAtWithoutDecidedByIsRejected() {
        MatchDecision valid = data.proposal("M1", TestData.NOW, "P1");

        assertThrows(IllegalArgumentException.class, () -> new MatchDecision(valid.id(),
                valid.lines(), BigDecimal.ONE, "", MatchStatus.CONFIRMED, TestData.NOW,
                TestData.NOW, null, List.of()));
    }

    @Test
    void proposalWithoutLinesIsRejected() {
        MatchDecision valid = data.proposal("M1", TestData.NOW, "P1");

        assertThrows(IllegalArgumentException.class, () -> new MatchDecision(valid.id(),
                List.of(), BigDecimal.ONE, "", MatchStatus.PROPOSED, TestData.NOW, null, null,
                List.of()));
    }

    @Test
    void appliedDecisionWithoutLinesIsKept() {
        MatchDecision valid = data.proposal("M1", TestData.NOW, "P1");

        MatchDecision applied = new MatchDecision(valid.id(), List.of(), BigDecimal.ONE, "",
                MatchStatus.AUTO_APPLIED, TestData.NOW, null, null, List.of());

        assertEquals(List.of(), applied.lines());
        assertEquals(List.of(), applied.paymentIds());
    }
}
