package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.spi.store.BankLineKeys;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract of the bank line keys of {@link MatchDecisionStore}: decisions keep them, and the
 * {@code findApplied*} look-ups that reversals use return exactly the decisions in force.
 */
public abstract class MatchDecisionLookupContract extends StoreContract {

    private static final LocalDate DAY = TestData.TODAY;

    private MatchDecisionStore decisions() {
        return stores.matchDecisions();
    }

    private static List<String> ids(List<Versioned<MatchDecision>> rows) {
        return rows.stream().map(row -> row.value().id().value()).toList();
    }

    private static BankLineKeys keys(String endToEndId, String bankReference, long clp,
            LocalDate date) {
        return new BankLineKeys(endToEndId, bankReference,
                Money.ofMinor(clp, TestData.CLP), date, "cl:0012345678", "COMERCIAL ANDES");
    }

    private MatchDecision decision(String id, Instant createdAt, MatchStatus status,
            BankLineKeys keys) {
        MatchDecision proposal = data.proposal(id, createdAt, "P-" + id);
        return new MatchDecision(proposal.id(), proposal.lines(), proposal.confidence(),
                proposal.explanation(), status, createdAt, null, null, List.of(), keys);
    }

    private MatchDecision applied(String id, Instant createdAt, BankLineKeys keys) {
        return decision(id, createdAt, MatchStatus.AUTO_APPLIED, keys);
    }

    private List<String> byAmount(long clp, LocalDate from, LocalDate to) {
        return ids(decisions().findAppliedByAmount(Money.ofMinor(clp, TestData.CLP), from, to));
    }

    @Test
    void appliedDecisionWithoutLinesRoundTrips() {
        MatchDecision full = applied("M1", TestData.NOW, keys("E2E-1", "BANK-1", 150_000, DAY));
        MatchDecision empty = new MatchDecision(full.id(), List.of(), full.confidence(),
                full.explanation(), MatchStatus.AUTO_APPLIED, TestData.NOW, null, null,
                List.of(), full.lineKeys());

        decisions().insert(empty);

        assertEquals(empty, decisions().find(empty.id()).orElseThrow().value());
        assertEquals(List.of("M1"), ids(decisions().findAppliedByEndToEndId("E2E-1")));
        assertEquals(List.of("M1"), byAmount(150_000, DAY, DAY));
    }

    @Test
    void insertThenFindKeepsLineKeys() {
        MatchDecision full = applied("M1", TestData.NOW, keys("E2E-1", "BANK-1", 150_000, DAY));
        MatchDecision sparse = applied("M2", TestData.NOW,
                new BankLineKeys(null, null, Money.ofMinor(-5, TestData.USD), null, null, null));

        decisions().insert(full);
        decisions().insert(sparse);

        assertEquals(full, decisions().find(MatchDecisionId.of("M1")).orElseThrow().value());
        assertEquals(sparse, decisions().find(MatchDecisionId.of("M2")).orElseThrow().value());
    }

    @Test
    void decisionWithoutKeysStaysWithout() {
        decisions().insert(data.proposal("M1", TestData.NOW, "P1")
                .decide(MatchStatus.CONFIRMED, data.at(1), "ana"));

        assertTrue(decisions().find(MatchDecisionId.of("M1")).orElseThrow().value()
                .findLineKeys().isEmpty());
        assertTrue(decisions().findAppliedByAmount(Money.ofMinor(1_234, TestData.USD), null,
                null).isEmpty());
    }

    @Test
    void endToEndIdInCreationOrder() {
        decisions().insert(applied("M2", data.at(10), keys("E2E-1", null, 100, DAY)));
        decisions().insert(decision("M1", data.at(20), MatchStatus.CONFIRMED,
                keys("E2E-1", null, 200, DAY)));
        decisions().insert(applied("M0", data.at(10), keys("E2E-1", null, 300, DAY)));
        decisions().insert(applied("M3", data.at(0), keys("E2E-2", null, 100, DAY)));

        assertEquals(List.of("M0", "M2", "M1"),
                ids(decisions().findAppliedByEndToEndId("E2E-1")));
        assertTrue(decisions().findAppliedByEndToEndId("e2e-1").isEmpty());
        assertTrue(decisions().findAppliedByEndToEndId("E2E-9").isEmpty());
    }

    @Test
    void lookupsSkipDecisionsNotInForce() {
        for (MatchStatus status : List.of(MatchStatus.PROPOSED, MatchStatus.REJECTED,
                MatchStatus.UNAPPLIED)) {
            decisions().insert(decision(status.name(), TestData.NOW, status,
                    keys("E2E-1", "BANK-1", 100, DAY)));
        }

        assertTrue(decisions().findAppliedByEndToEndId("E2E-1").isEmpty());
        assertTrue(decisions().findAppliedByBankReference("BANK-1").isEmpty());
        assertTrue(byAmount(100, null, null).isEmpty());
    }

    @Test
    void bankReferenceFindsApplied() {
        decisions().insert(applied("M1", data.at(1), keys(null, "BANK-1", 100, DAY)));
        decisions().insert(applied("M2", data.at(2), keys("BANK-1", "BANK-2", 100, DAY)));

        assertEquals(List.of("M1"), ids(decisions().findAppliedByBankReference("BANK-1")));
        assertEquals(List.of("M2"), ids(decisions().findAppliedByBankReference("BANK-2")));
        assertTrue(decisions().findAppliedByBankReference("bank-1").isEmpty());
    }

    @Test
    void amountMatchesCurrencyAndMinorUnits() {
        decisions().insert(applied("M1", data.at(1), keys(null, null, 100, DAY)));
        decisions().insert(applied("M2", data.at(2),
                new BankLineKeys(null, null, Money.ofMinor(100, TestData.USD), DAY, null, null)));
        decisions().insert(applied("M3", data.at(3), keys(null, null, -100, DAY)));

        assertEquals(List.of("M1"), byAmount(100, null, null));
        assertEquals(List.of("M3"), byAmount(-100, null, null));
        assertEquals(List.of("M2"), ids(decisions().findAppliedByAmount(
                Money.ofMinor(100, TestData.USD), null, null)));
    }

    @Test
    void amountWindowIncludesBothEnds() {
        decisions().insert(applied("before", data.at(1), keys(null, null, 100, DAY.minusDays(1))));
        decisions().insert(applied("first", data.at(2), keys(null, null, 100, DAY)));
        decisions().insert(applied("last", data.at(3), keys(null, null, 100, DAY.plusDays(7))));
        decisions().insert(applied("after", data.at(4), keys(null, null, 100, DAY.plusDays(8))));

        assertEquals(List.of("first", "last"), byAmount(100, DAY, DAY.plusDays(7)));
        assertEquals(List.of("first", "last", "after"), byAmount(100, DAY, null));
        assertEquals(List.of("before", "first"), byAmount(100, null, DAY));
        assertEquals(List.of("first"), byAmount(100, DAY, DAY));
    }

    @Test
    void amountWindowOrdersByCreationNotDate() {
        decisions().insert(applied("M1", data.at(1), keys(null, null, 100, DAY.plusDays(5))));
        decisions().insert(applied("M2", data.at(2), keys(null, null, 100, DAY)));

        assertEquals(List.of("M1", "M2"), byAmount(100, DAY, DAY.plusDays(5)));
    }

    @Test
    void undatedDecisionOnlyWithoutBounds() {
        decisions().insert(applied("M1", data.at(1), keys(null, null, 100, null)));

        assertEquals(List.of("M1"), byAmount(100, null, null));
        assertTrue(byAmount(100, DAY, null).isEmpty());
        assertTrue(byAmount(100, null, DAY).isEmpty());
    }

    @Test
    void invertedAmountWindowIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> decisions().findAppliedByAmount(
                Money.ofMinor(100, TestData.CLP), DAY.plusDays(1), DAY));
    }

    @Test
    void lookupsFollowUpdates() {
        Versioned<MatchDecision> proposed = decisions().insert(decision("M1", TestData.NOW,
                MatchStatus.PROPOSED, null));
        Versioned<MatchDecision> confirmed = decisions().update(proposed.value()
                .decide(MatchStatus.CONFIRMED, data.at(1), "ana")
                .withLineKeys(keys("E2E-1", "BANK-1", 100, DAY)), proposed.version());

        assertEquals(List.of("M1"), ids(decisions().findAppliedByEndToEndId("E2E-1")));
        assertEquals(List.of("M1"), ids(decisions().findAppliedByBankReference("BANK-1")));
        assertEquals(List.of("M1"), byAmount(100, DAY, DAY));

        decisions().update(confirmed.value().decide(MatchStatus.UNAPPLIED, data.at(2), "bob"),
                confirmed.version());

        assertTrue(decisions().findAppliedByEndToEndId("E2E-1").isEmpty());
        assertTrue(decisions().findAppliedByBankReference("BANK-1").isEmpty());
        assertTrue(byAmount(100, DAY, DAY).isEmpty());
    }

    @Test
    void rolledBackInsertIsNotFound() {
        assertThrows(IllegalStateException.class, () -> stores.inTransaction(tx -> {
            tx.matchDecisions().insert(applied("M1", TestData.NOW,
                    keys("E2E-1", "BANK-1", 100, DAY)));
            throw new IllegalStateException("roll back");
        }));

        assertTrue(decisions().findAppliedByEndToEndId("E2E-1").isEmpty());
        assertTrue(decisions().findAppliedByBankReference("BANK-1").isEmpty());
        assertTrue(byAmount(100, null, null).isEmpty());
    }
}
