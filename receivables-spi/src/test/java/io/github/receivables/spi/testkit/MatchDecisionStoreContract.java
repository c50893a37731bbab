package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OptimisticLockException;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PayerRule;
import io.github.receivables.spi.store.Versioned;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@link MatchDecisionStore}: every adapter's decision store must pass it. */
public abstract class MatchDecisionStoreContract extends StoreContract {

    private MatchDecisionStore decisions() {
        return stores.matchDecisions();
    }

    private static List<String> ids(List<Versioned<MatchDecision>> rows) {
        return rows.stream().map(row -> row.value().id().value()).toList();
    }

    private List<String> statusIds(MatchStatus status) {
        return ids(Page.collectAll(PageRequest.first(2),
                request -> decisions().findByStatus(status, request)));
    }

    private PayerRule rule(String key, int confirmations) {
        return new PayerRule(key, CustomerId.of("C1"), confirmations, 1, TestData.NOW);
    }

    @Test
    void insertThenFindKeepsEveryField() {
        MatchDecision decided = data.proposal("M1", TestData.NOW, "P1", "P2")
                .decide(MatchStatus.CONFIRMED, data.at(60), "ana")
                .withAllocations(List.of(AllocationId.of("A1"), AllocationId.of("A2")));

        decisions().insert(decided);

        assertEquals(Versioned.initial(decided),
                decisions().find(MatchDecisionId.of("M1")).orElseThrow());
    }

    @Test
    void insertDuplicateIdFails() {
        decisions().insert(data.proposal("M1", TestData.NOW, "P1"));

        assertThrows(DuplicateKeyException.class,
                () -> decisions().insert(data.proposal("M1", TestData.NOW, "P2")));
    }

    @Test
    void findByPaymentFindsEveryDecisionNamingIt() {
        decisions().insert(data.proposal("M2", data.at(10), "P1", "P2"));
        decisions().insert(data.proposal("M1", data.at(20), "P1"));
        decisions().insert(data.proposal("M3", data.at(5), "P3"));

        assertEquals(List.of("M2", "M1"), ids(decisions().findByPayment(PaymentId.of("P1"))));
        assertEquals(List.of("M2"), ids(decisions().findByPayment(PaymentId.of("P2"))));
        assertTrue(decisions().findByPayment(PaymentId.of("P9")).isEmpty());
    }

    @Test
    void findByStatusPagesInCreationOrder() {
        decisions().insert(data.proposal("M3", data.at(1), "P1"));
        decisions().insert(data.proposal("M1", data.at(2), "P1"));
        decisions().insert(data.proposal("M2", data.at(1), "P1"));
        decisions().insert(data.proposal("M0", data.at(0), "P1"));

        assertEquals(List.of("M0", "M2", "M3", "M1"), statusIds(MatchStatus.PROPOSED));
    }

    @Test
    void updateMovesDecisionBetweenStatuses() {
        Versioned<MatchDecision> stored = decisions().insert(data.proposal("M1", TestData.NOW,
                "P1"));

        Versioned<MatchDecision> rejected = decisions().update(
                stored.value().decide(MatchStatus.REJECTED, data.at(5), "ana"), stored.version());

        assertEquals(2, rejected.version());
        assertTrue(statusIds(MatchStatus.PROPOSED).isEmpty());
        assertEquals(List.of("M1"), statusIds(MatchStatus.REJECTED));
    }

    @Test
    void updateWithStaleVersionFails() {
        Versioned<MatchDecision> stored = decisions().insert(data.proposal("M1", TestData.NOW,
                "P1"));
        decisions().update(stored.value().decide(MatchStatus.CONFIRMED, data.at(5), "ana"), 1);

        assertThrows(OptimisticLockException.class, () -> decisions().update(
                stored.value().decide(MatchStatus.REJECTED, data.at(6), "bob"), 1));
        assertEquals(MatchStatus.CONFIRMED,
                decisions().find(MatchDecisionId.of("M1")).orElseThrow().value().status());
    }

    @Test
    void updateMissingFailsWithNotFound() {
        assertThrows(NotFoundException.class,
                () -> decisions().update(data.proposal("missing", TestData.NOW, "P1"), 1));
    }

    @Test
    void putPayerRuleInsertsThenUpdates() {
        Versioned<PayerRule> inserted = decisions().putPayerRule(rule("name:ACME", 1), 0);
        Versioned<PayerRule> updated = decisions().putPayerRule(rule("name:ACME", 2), 1);

        assertEquals(Versioned.initial(rule("name:ACME", 1)), inserted);
        assertEquals(new Versioned<>(rule("name:ACME", 2), 2), updated);
        assertEquals(updated, decisions().findPayerRule("name:ACME").orElseThrow());
    }

    @Test
    void newPayerRuleTwiceIsDuplicate() {
        decisions().putPayerRule(rule("name:ACME", 1), 0);

        assertThrows(DuplicateKeyException.class,
                () -> decisions().putPayerRule(rule("name:ACME", 5), 0));
    }

    @Test
    void putPayerRuleWithStaleVersionFails() {
        decisions().putPayerRule(rule("name:ACME", 1), 0);
        decisions().putPayerRule(rule("name:ACME", 2), 1);

        assertThrows(OptimisticLockException.class,
                () -> decisions().putPayerRule(rule("name:ACME", 9), 1));
    }

    @Test
    void updateOfMissingRuleIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> decisions().putPayerRule(rule("name:ACME", 1), 3));
    }

    @Test
    void putPayerRuleWithNegativeVersionIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> decisions().putPayerRule(rule("name:ACME", 1), -1));
    }

    @Test
    void deletePayerRuleChecksVersion() {
        decisions().putPayerRule(rule("name:ACME", 1), 0);

        assertThrows(OptimisticLockException.class,
                () -> decisions().deletePayerRule("name:ACME", 2));
        decisions().deletePayerRule("name:ACME", 1);

        assertTrue(decisions().findPayerRule("name:ACME").isEmpty());
        assertThrows(NotFoundException.class, () -> decisions().deletePayerRule("name:ACME", 1));
    }

    @Test
    void listPayerRulesPagesInKeyOrder() {
        List<String> keys = data.mixedCaseIds(9, "name:");
        keys.forEach(key -> decisions().putPayerRule(rule(key, 1), 0));

        List<String> listed = Page.collectAll(PageRequest.first(2), decisions()::listPayerRules)
                .stream().map(row -> row.value().payerKey()).toList();

        assertEquals(keys.stream().sorted().toList(), listed);
    }
}
