package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.store.Claim;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.OutboxStatus;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ReminderOutboxStore}, state machine part: inserts, claims, leases and
 * completion. Listings are in {@link ReminderOutboxHistoryContract} and races in {@link
 * ReminderOutboxConcurrencyContract}.
 */
public abstract class ReminderOutboxStoreContract extends StoreContract {

    /** The lease the tests claim with. */
    protected static final Duration LEASE = Duration.ofMinutes(5);

    private ReminderOutboxStore outbox() {
        return stores.reminderOutbox();
    }

    private OutboxRecord claimOne(String key, String owner, Instant now) {
        return outbox().claim(key, owner, now, LEASE).orElseThrow();
    }

    private static List<String> keys(List<OutboxRecord> records) {
        return records.stream().map(OutboxRecord::key).toList();
    }

    @Test
    void insertIfAbsentStoresPendingRecord() {
        OutboxEntry entry = data.outboxEntry("K1", "C1");

        InsertResult<OutboxRecord> result = outbox().insertIfAbsent(entry);

        assertTrue(result.inserted());
        assertEquals(OutboxRecord.pending(entry), result.value());
        assertEquals(OutboxRecord.pending(entry), outbox().find("K1").orElseThrow());
    }

    @Test
    void insertIfAbsentTwiceKeepsFirstEntry() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        OutboxEntry replanned = data.outboxEntry("K1", "C2");

        InsertResult<OutboxRecord> again = outbox().insertIfAbsent(replanned);

        assertFalse(again.inserted());
        assertEquals("C1", again.value().customerId().value());
        assertEquals("C1", outbox().find("K1").orElseThrow().customerId().value());
    }

    @Test
    void insertAllIfAbsentReportsEachKey() {
        outbox().insertIfAbsent(data.outboxEntry("K2", "C1"));

        List<InsertResult<OutboxRecord>> results = outbox().insertAllIfAbsent(List.of(
                data.outboxEntry("K1", "C1"), data.outboxEntry("K2", "C1"),
                data.outboxEntry("K1", "C9")));

        assertEquals(List.of(true, false, false),
                results.stream().map(InsertResult::inserted).toList());
        assertEquals("C1", results.get(2).value().customerId().value());
    }

    @Test
    void findMissingIsEmpty() {
        assertTrue(outbox().find("missing").isEmpty());
    }

    @Test
    void claimDueOrdersByNotBefore() {
        outbox().insertAllIfAbsent(List.of(
                data.outboxEntry("K3", "C1", data.at(-100), data.at(-10)),
                data.outboxEntry("K1", "C1", data.at(-100), data.at(-20)),
                data.outboxEntry("K2", "C1", data.at(-100), data.at(-20)),
                data.outboxEntry("K4", "C1", data.at(-100), data.at(60))));

        List<OutboxRecord> claimed = outbox().claimDue("node-a", TestData.NOW, LEASE, 10);

        assertEquals(List.of("K1", "K2", "K3"), keys(claimed));
        for (OutboxRecord record : claimed) {
            assertEquals(new Claim("node-a", 1, TestData.NOW.plus(LEASE)), record.claim());
            assertEquals(1, record.attempts());
            assertEquals(record, outbox().find(record.key()).orElseThrow());
        }
    }

    @Test
    void claimDueStopsAtLimit() {
        outbox().insertAllIfAbsent(List.of(data.outboxEntry("K1", "C1"),
                data.outboxEntry("K2", "C1"), data.outboxEntry("K3", "C1")));

        assertEquals(List.of("K1", "K2"),
                keys(outbox().claimDue("node-a", TestData.NOW, LEASE, 2)));
        assertEquals(List.of("K3"), keys(outbox().claimDue("node-b", TestData.NOW, LEASE, 2)));
    }

    @Test
    void claimedRecordIsSkippedWhileLeaseRuns() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        claimOne("K1", "node-a", TestData.NOW);

        Instant beforeExpiry = TestData.NOW.plus(LEASE).minusNanos(1000);

        assertTrue(outbox().claimDue("node-b", beforeExpiry, LEASE, 10).isEmpty());
        assertTrue(outbox().claim("K1", "node-b", beforeExpiry, LEASE).isEmpty());
    }

    @Test
    void expiredLeaseIsClaimedAgainWithNextAttempt() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        OutboxRecord first = claimOne("K1", "node-a", TestData.NOW);
        Instant expiry = first.claim().leaseUntil();

        OutboxRecord second = claimOne("K1", "node-b", expiry);

        assertEquals(new Claim("node-b", 2, expiry.plus(LEASE)), second.claim());
        assertEquals(2, second.attempts());
    }

    @Test
    void claimMissingFailsWithNotFound() {
        assertThrows(NotFoundException.class,
                () -> outbox().claim("missing", "node-a", TestData.NOW, LEASE));
    }

    @Test
    void claimNotYetDueIsEmpty() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1", TestData.NOW, data.at(60)));

        assertTrue(outbox().claim("K1", "node-a", TestData.NOW, LEASE).isEmpty());
    }

    @Test
    void completeSentRecordsReceipt() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        OutboxRecord claimed = claimOne("K1", "node-a", TestData.NOW);

        OutboxRecord sent = outbox().complete("K1", claimed.claim(),
                new DispatchOutcome.Sent(data.at(2), "msg-77"));

        assertEquals(OutboxStatus.SENT, sent.status());
        assertEquals(data.at(2), sent.completedAt());
        assertEquals("msg-77", sent.receiptId());
        assertEquals(sent, outbox().find("K1").orElseThrow());
        assertTrue(outbox().claimDue("node-b", data.at(3600), LEASE, 10).isEmpty());
    }

    @Test
    void completeTwiceFailsWithConflict() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim claim = claimOne("K1", "node-a", TestData.NOW).claim();
        outbox().complete("K1", claim, new DispatchOutcome.Sent(data.at(1), null));

        assertThrows(ConflictException.class, () -> outbox().complete("K1", claim,
                new DispatchOutcome.Failed(data.at(2), "bounced")));
        assertEquals(OutboxStatus.SENT, outbox().find("K1").orElseThrow().status());
    }

    @Test
    void completeWithReplacedClaimConflicts() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim stale = claimOne("K1", "node-a", TestData.NOW).claim();
        Claim current = claimOne("K1", "node-b", stale.leaseUntil()).claim();

        assertThrows(ConflictException.class, () -> outbox().complete("K1", stale,
                new DispatchOutcome.Sent(data.at(400), null)));

        OutboxRecord sent = outbox().complete("K1", current,
                new DispatchOutcome.Sent(data.at(401), "msg-2"));
        assertEquals("msg-2", sent.receiptId());
    }

    @Test
    void completeAfterExpiryWithoutTakeover() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim claim = claimOne("K1", "node-a", TestData.NOW).claim();

        OutboxRecord sent = outbox().complete("K1", claim,
                new DispatchOutcome.Sent(claim.leaseUntil().plusSeconds(30), null));

        assertEquals(OutboxStatus.SENT, sent.status());
    }

    @Test
    void completeUnclaimedFailsWithConflict() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));

        assertThrows(ConflictException.class, () -> outbox().complete("K1",
                new Claim("node-a", 1, data.at(300)), new DispatchOutcome.Sent(data.at(1), null)));
    }

    @Test
    void retryReturnsToPendingUntilRetryInstant() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim claim = claimOne("K1", "node-a", TestData.NOW).claim();

        OutboxRecord retry = outbox().complete("K1", claim,
                new DispatchOutcome.Retry(data.at(1), "smtp 451", data.at(600)));

        assertEquals(OutboxStatus.PENDING, retry.status());
        assertNull(retry.claim());
        assertEquals("smtp 451", retry.statusDetail());
        assertEquals(data.at(600), retry.entry().notBefore());
        assertTrue(outbox().claimDue("node-a", data.at(599), LEASE, 10).isEmpty());
        OutboxRecord again = outbox().claimDue("node-a", data.at(600), LEASE, 10).get(0);
        assertEquals(2, again.claim().attempt());
    }

    @Test
    void failedIsFinalWithError() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim claim = claimOne("K1", "node-a", TestData.NOW).claim();

        OutboxRecord failed = outbox().complete("K1", claim,
                new DispatchOutcome.Failed(data.at(1), "address rejected"));

        assertEquals(OutboxStatus.FAILED, failed.status());
        assertEquals("address rejected", failed.statusDetail());
        assertEquals(data.at(1), failed.completedAt());
    }

    @Test
    void unknownOutcomeWaitsForResolve() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim claim = claimOne("K1", "node-a", TestData.NOW).claim();
        outbox().complete("K1", claim, new DispatchOutcome.Unknown(data.at(1), "read timeout"));

        assertTrue(outbox().claimDue("node-b", data.at(3600), LEASE, 10).isEmpty());

        OutboxRecord resolved = outbox().resolve("K1",
                new DispatchOutcome.Retry(data.at(3600), "not delivered", data.at(3600)));
        assertEquals(OutboxStatus.PENDING, resolved.status());
        assertEquals(List.of("K1"), keys(outbox().claimDue("node-b", data.at(3600), LEASE, 10)));
    }

    @Test
    void resolveKnownOutcomeConflicts() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));

        assertThrows(ConflictException.class, () -> outbox().resolve("K1",
                new DispatchOutcome.Sent(data.at(1), null)));
    }

    @Test
    void resolveAsSentMakesRecordFinal() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim claim = claimOne("K1", "node-a", TestData.NOW).claim();
        outbox().complete("K1", claim, new DispatchOutcome.Unknown(data.at(1), "timeout"));

        OutboxRecord resolved = outbox().resolve("K1", new DispatchOutcome.Sent(data.at(9), "m1"));

        assertEquals(OutboxStatus.SENT, resolved.status());
        assertEquals(resolved, outbox().find("K1").orElseThrow());
    }

    @Test
    void renewExtendsLeaseAndKeepsAttempt() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim claim = claimOne("K1", "node-a", TestData.NOW).claim();

        OutboxRecord renewed = outbox().renew("K1", claim, data.at(200), LEASE);

        assertEquals(new Claim("node-a", 1, data.at(200).plus(LEASE)), renewed.claim());
        assertTrue(outbox().claim("K1", "node-b", claim.leaseUntil(), LEASE).isEmpty());
    }

    @Test
    void renewReplacedClaimFailsWithConflict() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim stale = claimOne("K1", "node-a", TestData.NOW).claim();
        claimOne("K1", "node-b", stale.leaseUntil());

        assertThrows(ConflictException.class,
                () -> outbox().renew("K1", stale, stale.leaseUntil(), LEASE));
    }

    @Test
    void cancelPendingRecordIsFinal() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));

        OutboxRecord cancelled = outbox().cancel("K1", data.at(5), "paid");

        assertEquals(OutboxStatus.CANCELLED, cancelled.status());
        assertEquals("paid", cancelled.statusDetail());
        assertEquals(data.at(5), cancelled.completedAt());
        assertTrue(outbox().claimDue("node-a", data.at(10), LEASE, 10).isEmpty());
    }

    @Test
    void cancelWhileLeaseRunsFailsWithConflict() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim claim = claimOne("K1", "node-a", TestData.NOW).claim();

        assertThrows(ConflictException.class, () -> outbox().cancel("K1", data.at(5), "paid"));

        OutboxRecord cancelled = outbox().cancel("K1", claim.leaseUntil(), "paid");
        assertEquals(OutboxStatus.CANCELLED, cancelled.status());
    }

    @Test
    void cancelSentRecordFailsWithConflict() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Claim claim = claimOne("K1", "node-a", TestData.NOW).claim();
        outbox().complete("K1", claim, new DispatchOutcome.Sent(data.at(1), null));

        assertThrows(ConflictException.class, () -> outbox().cancel("K1", data.at(5), "paid"));
    }

    @Test
    void transitionsOnMissingKeyFailWithNotFound() {
        Claim claim = new Claim("node-a", 1, data.at(300));

        assertThrows(NotFoundException.class, () -> outbox().complete("missing", claim,
                new DispatchOutcome.Sent(data.at(1), null)));
        assertThrows(NotFoundException.class,
                () -> outbox().renew("missing", claim, TestData.NOW, LEASE));
        assertThrows(NotFoundException.class,
                () -> outbox().resolve("missing", new DispatchOutcome.Sent(data.at(1), null)));
        assertThrows(NotFoundException.class,
                () -> outbox().cancel("missing", TestData.NOW, "paid"));
    }

    @Test
    void microsecondInstantsSurviveRoundTrip() {
        Instant created = Instant.parse("2024-02-29T23:59:59.999999Z");
        Instant notBefore = Instant.parse("2024-03-01T00:00:00.000001Z");
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1", created, notBefore));

        OutboxEntry stored = outbox().find("K1").orElseThrow().entry();

        assertEquals(created, stored.createdAt());
        assertEquals(notBefore, stored.notBefore());
    }
}
