package io.github.receivables.reminders.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.plan.Plan;
import io.github.receivables.reminders.plan.PlannedAction;
import io.github.receivables.spi.notification.ChannelCapabilities;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.notification.NotificationRequest;
import io.github.receivables.spi.notification.SendResult;
import io.github.receivables.reminders.outbox.OutboxState;
import io.github.receivables.reminders.outbox.ReminderOutbox;
import io.github.receivables.spi.memory.InMemoryStores;
import io.github.receivables.spi.store.Claim;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.OutboxStatus;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crashes the dispatcher at each step of one send, then resumes in a new dispatcher (a restarted
 * process) and checks that every action was delivered exactly once.
 */
class CrashRecoveryTest {

    /** Where the simulated process dies. */
    enum CrashPoint {
        AFTER_OUTBOX_INSERT,
        BEFORE_CLAIM,
        AFTER_CLAIM,
        BEFORE_CHANNEL_SEND,
        AFTER_CHANNEL_SEND,
        BEFORE_COMPLETION,
        AFTER_COMPLETION,
        AFTER_RETRY_SCHEDULED
    }

    /** The process died: an Error, since no code of the dispatcher may catch a crash. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash(CrashPoint point) {
            super("crash " + point);
        }
    }

    /** Decides once whether to crash at a point, for the second action only. */
    static final class Trap {
        final CrashPoint point;
        String targetKey;
        boolean fired;

        Trap(CrashPoint point) {
            this.point = point;
        }

        void at(CrashPoint here, String key) {
            if (!fired && here == point && key.startsWith(targetKey)) {
                fired = true;
                throw new Crash(here);
            }
        }
    }

    /** An outbox store that crashes before or after chosen writes. */
    static final class CrashingStore implements ReminderOutboxStore {
        final ReminderOutboxStore delegate;
        final Trap trap;

        CrashingStore(ReminderOutboxStore delegate, Trap trap) {
            this.delegate = delegate;
            this.trap = trap;
        }

        @Override
        public InsertResult<OutboxRecord> insertIfAbsent(OutboxEntry entry) {
            InsertResult<OutboxRecord> result = delegate.insertIfAbsent(entry);
            trap.at(CrashPoint.AFTER_OUTBOX_INSERT, entry.key());
            return result;
        }

        @Override
        public List<InsertResult<OutboxRecord>> insertAllIfAbsent(
                Collection<OutboxEntry> entries) {
            throw new UnsupportedOperationException("the dispatcher inserts one at a time");
        }

        @Override
        public Optional<OutboxRecord> find(String key) {
            return delegate.find(key);
        }

        @Override
        public List<OutboxRecord> claimDue(String owner, Instant now, Duration lease,
                int limit) {
            List<OutboxRecord> claimed = delegate.claimDue(owner, now, lease, limit);
            claimed.forEach(record -> trap.at(CrashPoint.AFTER_CLAIM, record.key()));
            return claimed;
        }

        @Override
        public Optional<OutboxRecord> claim(String key, String owner, Instant now,
                Duration lease) {
            trap.at(CrashPoint.BEFORE_CLAIM, key);
            Optional<OutboxRecord> claimed = delegate.claim(key, owner, now, lease);
            trap.at(CrashPoint.AFTER_CLAIM, key);
            return claimed;
        }

        @Override
        public OutboxRecord renew(String key, Claim claim, Instant now, Duration lease) {
            return delegate.renew(key, claim, now, lease);
        }

        @Override
        public OutboxRecord complete(String key, Claim claim, DispatchOutcome outcome) {
            boolean sent = outcome instanceof DispatchOutcome.Sent;
            if (sent) {
                trap.at(CrashPoint.BEFORE_COMPLETION, key);
            }
            OutboxRecord completed = delegate.complete(key, claim, outcome);
            if (sent) {
                trap.at(CrashPoint.AFTER_COMPLETION, key);
            }
            if (outcome instanceof DispatchOutcome.Retry) {
                trap.at(CrashPoint.AFTER_RETRY_SCHEDULED, key);
            }
            return completed;
        }

        @Override
        public OutboxRecord resolve(String key, DispatchOutcome outcome) {
            return delegate.resolve(key, outcome);
        }

        @Override
        public OutboxRecord replacePayload(String key, String payload) {
            return delegate.replacePayload(key, payload);
        }

        @Override
        public OutboxRecord cancel(String key, Instant at, String reason) {
            return delegate.cancel(key, at, reason);
        }

        @Override
        public Page<OutboxRecord> findByCustomer(CustomerId customerId, Instant activeSince,
                PageRequest request) {
            return delegate.findByCustomer(customerId, activeSince, request);
        }

        @Override
        public Page<OutboxRecord> findCreatedSince(Instant createdSince, PageRequest request) {
            return delegate.findCreatedSince(createdSince, request);
        }

        @Override
        public Page<OutboxRecord> findByStatus(OutboxStatus status, PageRequest request) {
            return delegate.findByStatus(status, request);
        }

        @Override
        public int deleteFinishedBefore(Instant cutoff) {
            return delegate.deleteFinishedBefore(cutoff);
        }
    }

    /** A channel that crashes the caller just before or just after a real send. */
    static final class CrashingChannel implements NotificationChannel {
        final NotificationChannel delegate;
        final Trap trap;

        CrashingChannel(NotificationChannel delegate, Trap trap) {
            this.delegate = delegate;
            this.trap = trap;
        }

        @Override
        public ChannelKind kind() {
            return delegate.kind();
        }

        @Override
        public ChannelCapabilities capabilities() {
            return delegate.capabilities();
        }

        @Override
        public SendResult send(NotificationRequest request) {
            trap.at(CrashPoint.BEFORE_CHANNEL_SEND, request.idempotencyKey());
            SendResult result = delegate.send(request);
            trap.at(CrashPoint.AFTER_CHANNEL_SEND, request.idempotencyKey());
            return result;
        }
    }

    @ParameterizedTest
    @EnumSource(CrashPoint.class)
    void crashAtAnyStepLosesNothingAndSendsNothingTwice(CrashPoint point) {
        DispatchFixture fixture = new DispatchFixture(3);
        ReminderOutboxStore durable = InMemoryStores.create().reminderOutbox();
        Trap trap = new Trap(point);
        Plan plan = fixture.plan();
        arm(fixture, trap, plan);
        Dispatcher crashing = fixture.dispatcher(new CrashingStore(durable, trap),
                new CrashingChannel(fixture.email, trap), "before-crash");

        assertThrows(Crash.class, () -> crashing.dispatch(plan, fixture.customerMap()));
        fixture.clock.advance(Duration.ofMinutes(6));
        Dispatcher restarted = fixture.dispatcher(durable, fixture.email, "after-crash");
        Plan replanned = fixture.plan();
        restarted.dispatch(replanned, fixture.customerMap());
        restarted.resume();

        Set<String> expected = plan.actions().stream().map(a -> a.key() + ":EMAIL")
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> delivered = fixture.email.delivered().stream()
                .map(NotificationRequest::idempotencyKey).sorted().collect(Collectors.toList());
        assertEquals(List.copyOf(expected), delivered, point.name());
        for (PlannedAction action : plan.actions()) {
            assertEquals(OutboxState.SENT, new ReminderOutbox(durable).find(action.key()).orElseThrow().state(),
                    point + " " + action.key());
        }
        assertEquals(keys(plan), keys(replanned));
    }

    private static List<String> keys(Plan plan) {
        return plan.actions().stream().map(PlannedAction::key).collect(Collectors.toList());
    }

    /** Targets the second action; a retry crash targets the first, which gets the failure. */
    private static void arm(DispatchFixture fixture, Trap trap, Plan plan) {
        if (trap.point == CrashPoint.AFTER_RETRY_SCHEDULED) {
            trap.targetKey = plan.actions().get(0).key();
            fixture.email.failNext(new SendResult.TransientFailure("busy", null));
        } else {
            trap.targetKey = plan.actions().get(1).key();
        }
    }

    @ParameterizedTest
    @EnumSource(value = CrashPoint.class, names = {"AFTER_CLAIM", "BEFORE_CHANNEL_SEND",
            "AFTER_CHANNEL_SEND", "BEFORE_COMPLETION"})
    void recordInFlightIsLeftAloneWhileLeaseHolds(CrashPoint point) {
        DispatchFixture fixture = new DispatchFixture(2);
        ReminderOutboxStore durable = InMemoryStores.create().reminderOutbox();
        Trap trap = new Trap(point);
        Plan plan = fixture.plan();
        arm(fixture, trap, plan);
        Dispatcher crashing = fixture.dispatcher(new CrashingStore(durable, trap),
                new CrashingChannel(fixture.email, trap), "before-crash");
        assertThrows(Crash.class, () -> crashing.dispatch(plan, fixture.customerMap()));
        int callsAtCrash = fixture.email.sendCalls();

        Dispatcher other = fixture.dispatcher(durable, fixture.email, "other");
        DispatchReport whileLeased = other.resume();
        fixture.clock.advance(Duration.ofMinutes(6));
        DispatchReport afterLease = other.resume();

        assertEquals(0, whileLeased.results().size(), point.name());
        assertEquals(callsAtCrash, fixture.email.sendCalls() - afterLease.results().size());
        assertEquals(OutboxState.SENT, new ReminderOutbox(durable).find(trap.targetKey).orElseThrow().state());
        Map<String, Long> perKey = fixture.email.delivered().stream().collect(
                Collectors.groupingBy(NotificationRequest::idempotencyKey,
                        Collectors.counting()));
        perKey.values().forEach(count -> assertEquals(1L, count, point.name()));
    }
}
