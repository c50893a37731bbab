package io.github.receivables.reminders.dispatch;

import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.notification.NotificationRequest;
import io.github.receivables.spi.notification.SendResult;
import io.github.receivables.spi.notification.outbox.OutboxDelivery;
import io.github.receivables.spi.notification.outbox.OutboxRecord;
import io.github.receivables.spi.notification.outbox.OutboxState;
import io.github.receivables.spi.notification.outbox.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Drives one outbox record from claim to a terminal state. Used by one thread at a time. */
final class RecordSender {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final OutboxStore outbox;
    private final Map<ChannelKind, NotificationChannel> channels;
    private final Clock clock;
    private final Sleeper sleeper;
    private final BackoffSchedule backoff;
    private final Duration lease;
    private final String owner;

    RecordSender(OutboxStore outbox, Map<ChannelKind, NotificationChannel> channels, Clock clock,
            Sleeper sleeper, BackoffSchedule backoff, Duration lease, String owner) {
        this.outbox = outbox;
        this.channels = channels;
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = backoff;
        this.lease = lease;
        this.owner = owner;
    }

    DispatchResult send(OutboxRecord start) {
        OutboxRecord record = start;
        while (true) {
            Instant now = clock.instant();
            if (record.state().isTerminal()) {
                return new DispatchResult.AlreadyDone(record.key(), record.state());
            }
            if (!record.isClaimable(now)) {
                return new DispatchResult.Busy(record.key());
            }
            if (now.isBefore(record.entry().sendAt())) {
                return new DispatchResult.Scheduled(record.key(), record.entry().sendAt());
            }
            if (now.isAfter(record.entry().notAfter())) {
                return finish(record, OutboxState.EXPIRED, "contact window closed at "
                        + record.entry().notAfter() + " before the send");
            }
            Optional<OutboxRecord> claimed = outbox.update(record,
                    record.claimed(owner, now.plus(lease), now));
            if (claimed.isEmpty()) {
                return reread(record);
            }
            record = claimed.get();
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
        final OutboxRecord next;

        Step(DispatchResult result, OutboxRecord next) {
            this.result = result;
            this.next = next;
        }
    }

    private Step attempt(OutboxRecord record) {
        OutboxDelivery delivery = record.currentDelivery();
        String key = record.deliveryKey(record.deliveryIndex());
        LOG.info("sending {} via {} attempt {}", key, delivery.kind(), record.attempts());
        LOG.debug("sending {} to {}", key, delivery.recipient().maskedAddress());
        SendResult result = call(record, delivery, key);
        Instant now = clock.instant();
        if (result instanceof SendResult.Sent) {
            SendResult.Sent sent = (SendResult.Sent) result;
            Optional<OutboxRecord> done = outbox.update(record,
                    record.sent(sent.providerMessageId(), now));
            if (done.isEmpty()) {
                return new Step(reread(record), null);
            }
            LOG.info("sent {} via {} as {}", key, delivery.kind(), sent.providerMessageId());
            return new Step(new DispatchResult.Sent(record.key(), delivery.kind(),
                    sent.providerMessageId()), null);
        }
        if (result instanceof SendResult.PermanentFailure) {
            return nextChannel(record, ((SendResult.PermanentFailure) result).reason());
        }
        return retry(record, result);
    }

    private SendResult call(OutboxRecord record, OutboxDelivery delivery, String key) {
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

    private Step retry(OutboxRecord record, SendResult result) {
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
        Optional<OutboxRecord> pending = outbox.update(record,
                record.retryLater(reason, clock.instant()));
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

    private Step nextChannel(OutboxRecord record, String reason) {
        if (!record.hasNextDelivery()) {
            return new Step(finish(record, OutboxState.FAILED, reason), null);
        }
        LOG.warn("{} via {} failed ({}); falling back to {}", record.key(),
                record.currentDelivery().kind(), reason,
                record.entry().deliveries().get(record.deliveryIndex() + 1).kind());
        Optional<OutboxRecord> next = outbox.update(record,
                record.nextDelivery(reason, clock.instant()));
        return next.map(r -> new Step(null, r)).orElseGet(() -> new Step(reread(record), null));
    }

    private DispatchResult finish(OutboxRecord record, OutboxState state, String reason) {
        Optional<OutboxRecord> done = outbox.update(record,
                record.finished(state, reason, clock.instant()));
        if (done.isEmpty()) {
            return reread(record);
        }
        LOG.warn("{} ended {}: {}", record.key(), state, reason);
        return new DispatchResult.Finished(record.key(), state, reason);
    }

    private DispatchResult reread(OutboxRecord record) {
        Optional<OutboxRecord> current = outbox.find(record.key());
        if (current.isPresent() && current.get().state().isTerminal()) {
            return new DispatchResult.AlreadyDone(record.key(), current.get().state());
        }
        return new DispatchResult.Busy(record.key());
    }
}
