package io.github.receivables.reminders.dispatch;

import io.github.receivables.reminders.outbox.OutboxDelivery;
import io.github.receivables.reminders.outbox.OutboxState;
import io.github.receivables.reminders.outbox.ReminderOutbox;
import io.github.receivables.reminders.outbox.ReminderRecord;
import io.github.receivables.reminders.outbox.ReminderRecord.Progress;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.notification.NotificationRequest;
import io.github.receivables.spi.notification.SendResult;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DispatchOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one outbox record from claim to a final state. Every attempt runs under a store claim,
 * and every outcome is written with the claim, so a dispatcher whose lease was taken over cannot
 * write. Used by one thread at a time.
 */
final class RecordSender {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final ReminderOutbox outbox;
    private final Map<ChannelKind, NotificationChannel> channels;
    private final Clock clock;
    private final Sleeper sleeper;
    private final BackoffSchedule backoff;
    private final Duration lease;
    private final String owner;

    RecordSender(ReminderOutbox outbox, Map<ChannelKind, NotificationChannel> channels,
            Clock clock, Sleeper sleeper, BackoffSchedule backoff, Duration lease, String owner) {
        this.outbox = outbox;
        this.channels = channels;
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = backoff;
        this.lease = lease;
        this.owner = owner;
    }

    DispatchResult send(ReminderRecord start) {
        ReminderRecord record = start;
        while (true) {
            Instant now = clock.instant();
            if (record.state().isTerminal()) {
                return new DispatchResult.AlreadyDone(record.key(), record.state());
            }
            if (now.isBefore(record.entry().sendAt())) {
                return new DispatchResult.Scheduled(record.key(), record.entry().sendAt());
            }
            if (!record.isHeldBy(owner, now)) {
                Optional<ReminderRecord> claimed = outbox.claim(record.key(), owner, now, lease);
                if (claimed.isEmpty()) {
                    return reread(record);
                }
                record = claimed.get();
            }
            if (now.isAfter(record.entry().notAfter())) {
                return finish(record, OutboxState.EXPIRED, "contact window closed at "
                        + record.entry().notAfter() + " before the send");
            }
            Step step = attempt(record);
            if (step.result != null) {
                return step.result;
            }
            record = step.next;
        }
    }

    /** The outcome of one attempt: a final result, or the record to continue with. */
    private static final class Step {
        final DispatchResult result;
        final ReminderRecord next;

        Step(DispatchResult result, ReminderRecord next) {
            this.result = result;
            this.next = next;
        }
    }

    private Step attempt(ReminderRecord record) {
        OutboxDelivery delivery = record.currentDelivery();
        String key = record.deliveryKey(record.progress().deliveryIndex());
        LOG.info("sending {} via {} attempt {}", key, delivery.kind(), record.attempts());
        LOG.debug("sending {} to {}", key, delivery.recipient().maskedAddress());
        SendResult result = call(record, delivery, key);
        Instant now = clock.instant();
        if (result instanceof SendResult.Sent sent) {
            Progress was = record.progress();
            Progress progress = new Progress(was.deliveryIndex(), was.attemptsBefore(),
                    delivery.kind(), false, was.deliveryStatus());
            Optional<ReminderRecord> done = complete(record,
                    new DispatchOutcome.Sent(now, sent.providerMessageId()), progress);
            if (done.isEmpty()) {
                return new Step(reread(record), null);
            }
            LOG.info("sent {} via {} as {}", key, delivery.kind(), sent.providerMessageId());
            return new Step(new DispatchResult.Sent(record.key(), delivery.kind(),
                    sent.providerMessageId()), null);
        }
        if (result instanceof SendResult.PermanentFailure failure) {
            return nextChannel(record, failure.reason());
        }
        return retry(record, result);
    }

    private SendResult call(ReminderRecord record, OutboxDelivery delivery, String key) {
        NotificationChannel channel = channels.get(delivery.kind());
        if (channel == null) {
            return new SendResult.PermanentFailure("no " + delivery.kind()
                    + " channel is registered");
        }
        NotificationRequest request = new NotificationRequest(key, delivery.kind(),
                delivery.recipient(), delivery.content(), Map.of(
                        "customerId", record.entry().customerId().value(),
                        "policyId", record.entry().policyId(),
                        "stepId", record.entry().stepId(),
                        "outboxKey", record.key()));
        try {
            return channel.send(request);
        } catch (RuntimeException e) {
            LOG.warn("channel {} threw on {}: {}", delivery.kind(), key, e.toString());
            return new SendResult.Unknown("channel threw " + e.getClass().getSimpleName());
        }
    }

    private Step retry(ReminderRecord record, SendResult result) {
        boolean unknown = result instanceof SendResult.Unknown;
        String reason = unknown ? ((SendResult.Unknown) result).reason()
                : ((SendResult.TransientFailure) result).reason();
        Duration requested = unknown ? null : ((SendResult.TransientFailure) result).retryAfter();
        if (record.attempts() >= backoff.maxAttempts()) {
            if (unknown) {
                return new Step(finish(record, OutboxState.UNCONFIRMED, "outcome unknown after "
                        + record.attempts() + " attempts: " + reason), null);
            }
            return nextChannel(record, "transient failures on all " + record.attempts()
                    + " attempts: " + reason);
        }
        Duration wait = backoff.delayAfter(record.attempts(), requested);
        LOG.warn("{} via {} failed on attempt {} ({}), retrying in {}", record.key(),
                record.currentDelivery().kind(), record.attempts(), reason, wait);
        Instant now = clock.instant();
        Optional<ReminderRecord> pending = complete(record,
                new DispatchOutcome.Retry(now, reason, now.plus(wait)), record.progress());
        if (pending.isEmpty()) {
            return new Step(reread(record), null);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Step(new DispatchResult.Busy(record.key()), null);
        }
        return new Step(null, pending.get());
    }

    private Step nextChannel(ReminderRecord record, String reason) {
        if (!record.hasNextDelivery()) {
            return new Step(finish(record, OutboxState.FAILED, reason), null);
        }
        int nextIndex = record.progress().deliveryIndex() + 1;
        LOG.warn("{} via {} failed ({}); falling back to {}", record.key(),
                record.currentDelivery().kind(), reason,
                record.entry().deliveries().get(nextIndex).kind());
        Instant now = clock.instant();
        Progress progress = new Progress(nextIndex, record.stored().attempts(), null, false,
                record.progress().deliveryStatus());
        Optional<ReminderRecord> next = complete(record,
                new DispatchOutcome.Retry(now, reason, now), progress);
        return next.map(r -> new Step(null, r)).orElseGet(() -> new Step(reread(record), null));
    }

    private DispatchResult finish(ReminderRecord record, OutboxState state, String reason) {
        Instant now = clock.instant();
        Progress was = record.progress();
        DispatchOutcome outcome = state == OutboxState.UNCONFIRMED
                ? new DispatchOutcome.Unknown(now, reason)
                : new DispatchOutcome.Failed(now, reason);
        Progress progress = new Progress(was.deliveryIndex(), was.attemptsBefore(), null,
                state == OutboxState.EXPIRED, was.deliveryStatus());
        if (complete(record, outcome, progress).isEmpty()) {
            return reread(record);
        }
        LOG.warn("{} ended {}: {}", record.key(), state, reason);
        return new DispatchResult.Finished(record.key(), state, reason);
    }

    /** Completes a held attempt; empty if another dispatcher's claim replaced this one. */
    private Optional<ReminderRecord> complete(ReminderRecord record, DispatchOutcome outcome,
            Progress progress) {
        try {
            return Optional.of(outbox.complete(record, outcome, progress));
        } catch (ConflictException e) {
            LOG.warn("{} was taken over by another dispatcher: {}", record.key(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private DispatchResult reread(ReminderRecord record) {
        Optional<ReminderRecord> current = outbox.find(record.key());
        if (current.isPresent() && current.get().state().isTerminal()) {
            return new DispatchResult.AlreadyDone(record.key(), current.get().state());
        }
        return new DispatchResult.Busy(record.key());
    }
}
