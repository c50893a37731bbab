package io.github.receivables.spi.payment;

import io.github.receivables.core.money.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A payment provider simulated in memory, for tests and examples. It issues links under a base
 * URI, keeps one link per idempotency key, and records payments made with {@link #pay} so that
 * {@link #confirm} can read them back. Thread-safe: every method synchronizes on the provider.
 */
public final class InMemoryPaymentLinkProvider implements PaymentLinkProvider {

    private final String id;
    private final LinkStyle style;
    private final URI base;
    private final Clock clock;
    private final Map<String, PaymentLink> links = new HashMap<>();
    private final Map<String, PaymentNotification> payments = new HashMap<>();
    private int events;

    /**
     * Creates a provider.
     *
     * @param id the provider id; never blank
     * @param style shareable links or one-off tokens; never null
     * @param base the base URI of its payment pages, such as {@code https://pay.example/}; never
     *     null
     * @param clock the clock for expiry and event times; never null
     */
    public InMemoryPaymentLinkProvider(String id, LinkStyle style, URI base, Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.style = Objects.requireNonNull(style, "style");
        this.base = Objects.requireNonNull(base, "base");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LinkStyle style() {
        return style;
    }

    @Override
    public synchronized PaymentLink createLink(PaymentLinkRequest request) {
        Objects.requireNonNull(request, "request");
        return links.computeIfAbsent(request.idempotencyKey(), key -> newLink(request));
    }

    private PaymentLink newLink(PaymentLinkRequest request) {
        String token = "t" + (links.size() + 1);
        if (style == LinkStyle.SHAREABLE) {
            return new PaymentLink.Shareable(base.resolve("l/" + token), request.expiresAt());
        }
        return new PaymentLink.OneOffToken(token, base.resolve("start?token=" + token),
                clock.instant().plus(Duration.ofMinutes(10)));
    }

    /**
     * Simulates a payment of an amount against a reference and returns the notification the
     * provider would post.
     *
     * @param reference the payment reference; never blank
     * @param amount the amount paid; never null
     * @param status the status to report and hold; never null
     * @return the notification with a new event id; never null
     */
    public synchronized PaymentNotification pay(String reference, Money amount,
            ProviderPaymentStatus status) {
        events++;
        PaymentNotification notification = new PaymentNotification(id, "evt-" + events,
                "pay-" + events, reference, amount, status, clock.instant());
        payments.put(notification.providerPaymentId(), notification);
        return notification;
    }

    /**
     * Returns the payment as held by the simulated provider, keeping the event id of the
     * notification. An unknown payment is reported as failed.
     *
     * @param notification the notification as received; never null
     * @return the held payment; never null
     */
    @Override
    public synchronized PaymentNotification confirm(PaymentNotification notification) {
        PaymentNotification held = payments.get(notification.providerPaymentId());
        if (held == null) {
            return new PaymentNotification(id, notification.eventId(),
                    notification.providerPaymentId(), notification.reference(),
                    notification.amount(), ProviderPaymentStatus.FAILED,
                    notification.occurredAt());
        }
        return new PaymentNotification(id, notification.eventId(), held.providerPaymentId(),
                held.reference(), held.amount(), held.status(), held.occurredAt());
    }

    /**
     * Returns how many links were issued.
     *
     * @return the number of distinct links
     */
    public synchronized int linkCount() {
        return links.size();
    }
}
