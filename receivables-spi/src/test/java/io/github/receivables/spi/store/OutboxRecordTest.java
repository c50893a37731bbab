package io.github.receivables.spi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.testkit.TestData;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxRecordTest {

    private static final Duration LEASE = Duration.ofMinutes(1);
    private final TestData data = new TestData();
    private final OutboxRecord pending = OutboxRecord.pending(data.outboxEntry("K1", "C1"));

    @Test
    void pendingRecordIsClaimableWhenDue() {
        assertTrue(pending.isClaimableAt(TestData.NOW));
        assertFalse(pending.isClaimableAt(TestData.NOW.minusNanos(1000)));
    }

    @Test
    void leaseEndsExactlyAtLeaseUntil() {
        OutboxRecord claimed = pending.claimedBy("n", TestData.NOW, LEASE);
        Instant end = claimed.claim().leaseUntil();

        assertFalse(claimed.isClaimableAt(end.minusNanos(1)));
        assertTrue(claimed.isClaimableAt(end));
    }

    @Test
    void claimingUnclaimableRecordIsConflict() {
        OutboxRecord claimed = pending.claimedBy("n", TestData.NOW, LEASE);

        assertThrows(ConflictException.class, () -> claimed.claimedBy("m", TestData.NOW, LEASE));
    }

    @Test
    void zeroLeaseIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> pending.claimedBy("n", TestData.NOW, Duration.ZERO));
    }

    @Test
    void resolveWithUnknownIsRejected() {
        OutboxRecord claimed = pending.claimedBy("n", TestData.NOW, LEASE);
        OutboxRecord unknown = claimed.completed(claimed.claim(),
                new DispatchOutcome.Unknown(TestData.NOW, "timeout"));

        assertThrows(IllegalArgumentException.class,
                () -> unknown.resolved(new DispatchOutcome.Unknown(TestData.NOW, "still")));
    }

    @Test
    void retryKeepsAttemptCount() {
        OutboxRecord claimed = pending.claimedBy("n", TestData.NOW, LEASE);

        OutboxRecord retry = claimed.completed(claimed.claim(),
                new DispatchOutcome.Retry(TestData.NOW, "busy", data.at(60)));

        assertEquals(1, retry.attempts());
        assertEquals(2, retry.claimedBy("n", data.at(60), LEASE).claim().attempt());
    }

    @Test
    void pendingRecordWithCompletionTimeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxRecord(pending.entry(),
                OutboxStatus.PENDING, 0, null, TestData.NOW, null, null));
    }

    @Test
    void blankKeyIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> data.outboxEntry(" ", "C1"));
    }

    @Test
    void finalStatusesAreFinal() {
        assertTrue(OutboxStatus.SENT.isFinal());
        assertTrue(OutboxStatus.FAILED.isFinal());
        assertTrue(OutboxStatus.CANCELLED.isFinal());
        assertFalse(OutboxStatus.PENDING.isFinal());
        assertFalse(OutboxStatus.UNKNOWN.isFinal());
    }
}
