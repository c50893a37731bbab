package io.github.receivables.spi.notification;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A channel that keeps every delivered notification in memory, for tests and examples.
 *
 * <p>It deduplicates on the idempotency key as the {@link NotificationChannel} contract requires: a
 * key that was sent before returns the first {@link SendResult.Sent} and delivers nothing. Tests
 * can script failures with {@link #failNext}; a scripted failure is returned before the
 * deduplication check, the way a provider outage would be. Thread-safe: every method
 * synchronizes on the channel.
 */
public final class InMemoryNotificationChannel implements NotificationChannel {

    private final ChannelKind kind;
    private final ChannelCapabilities capabilities;
    private final Clock clock;
    private final Deque<SendResult> scripted = new ArrayDeque<>();
    private final Map<String, SendResult.Sent> sentByKey = new HashMap<>();
    private final List<NotificationRequest> delivered = new ArrayList<>();
    private int calls;

    private InMemoryNotificationChannel(ChannelKind kind, ChannelCapabilities capabilities,
            Clock clock) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates a channel with the usual capabilities of its kind: HTML for email, 1,600
     * characters for SMS, templates only for WhatsApp, plain text otherwise.
     *
     * @param kind the channel kind; never null
     * @param clock the clock that stamps acceptance times; never null
     * @return the channel; never null
     */
    public static InMemoryNotificationChannel of(ChannelKind kind, Clock clock) {
        return new InMemoryNotificationChannel(kind, defaultCapabilities(kind), clock);
    }

    /**
     * Creates a channel with given capabilities.
     *
     * @param kind the channel kind; never null
     * @param capabilities what the channel carries; never null
     * @param clock the clock that stamps acceptance times; never null
     * @return the channel; never null
     */
    public static InMemoryNotificationChannel of(ChannelKind kind,
            ChannelCapabilities capabilities, Clock clock) {
        return new InMemoryNotificationChannel(kind, capabilities, clock);
    }

    private static ChannelCapabilities defaultCapabilities(ChannelKind kind) {
        switch (kind) {
            case EMAIL:
                return ChannelCapabilities.email();
            case SMS:
                return ChannelCapabilities.plainText(1600);
            case WHATSAPP:
                return ChannelCapabilities.approvedTemplates();
            default:
                return ChannelCapabilities.plainText(Integer.MAX_VALUE);
        }
    }

    @Override
    public ChannelKind kind() {
        return kind;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return capabilities;
    }

    /**
     * Sends the request: returns the next scripted failure if any, else the earlier result for
     * the key, else delivers and returns a new {@link SendResult.Sent}.
     *
     * @param request the notification; never null
     * @return the result; never null
     */
    @Override
    public synchronized SendResult send(NotificationRequest request) {
        Objects.requireNonNull(request, "request");
        calls++;
        SendResult failure = scripted.pollFirst();
        if (failure != null) {
            return failure;
        }
        SendResult.Sent earlier = sentByKey.get(request.idempotencyKey());
        if (earlier != null) {
            return earlier;
        }
        if (request.content().length() > capabilities.maxLength()) {
            return new SendResult.PermanentFailure("content of " + request.content().length()
                    + " characters exceeds the channel limit of " + capabilities.maxLength());
        }
        SendResult.Sent sent = new SendResult.Sent(kind.name().toLowerCase(java.util.Locale.ROOT)
                + "-" + (delivered.size() + 1), clock.instant());
        sentByKey.put(request.idempotencyKey(), sent);
        delivered.add(request);
        return sent;
    }

    /**
     * Makes the next calls to {@link #send} return the given results, in order, before any
     * deduplication or delivery.
     *
     * @param results the results to return; never null
     */
    public synchronized void failNext(SendResult... results) {
        for (SendResult result : results) {
            scripted.addLast(Objects.requireNonNull(result, "result"));
        }
    }

    /**
     * Returns the notifications delivered, in order, without repeats of a key.
     *
     * @return a copy of the delivered requests; never null
     */
    public synchronized List<NotificationRequest> delivered() {
        return List.copyOf(delivered);
    }

    /**
     * Returns how many times {@link #send} was called, including repeats and scripted failures.
     *
     * @return the number of calls
     */
    public synchronized int sendCalls() {
        return calls;
    }

    /** Forgets every delivery, key and scripted failure. */
    public synchronized void clear() {
        scripted.clear();
        sentByKey.clear();
        delivered.clear();
        calls = 0;
    }
}
