package io.github.receivables.reminders.link;

import io.github.receivables.core.ReceivablesException;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.spi.payment.LinkStyle;
import io.github.receivables.spi.payment.PaymentLink;
import io.github.receivables.spi.payment.PaymentLinkProvider;
import io.github.receivables.spi.payment.PaymentLinkRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Hands out payment links for reminder messages. With a provider of shareable links it requests a
 * link from the provider at once. With a provider of one-off tokens, valid only for minutes, it
 * returns a link to the host's start page carrying the reference; when the debtor opens it, the
 * host calls {@link #start} to get a token and redirect. Either way the link is recorded so
 * {@link PaymentNotificationHandler} can check the amount later. Thread-safe when its
 * collaborators are.
 */
public final class PaymentLinks {

    private final PaymentLinkProvider provider;
    private final URI startPage;
    private final IssuedLinkStore store;
    private final Duration validity;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param provider the payment provider; never null
     * @param startPage the host page that starts a one-off token payment, such as
     *     {@code https://pay.example.cl/start}; the reference is added as query parameter
     *     {@code ref}; never null
     * @param store where issued links are kept; never null
     * @param validity how long a shareable link stays valid, positive
     * @param clock the clock; never null
     */
    public PaymentLinks(PaymentLinkProvider provider, URI startPage, IssuedLinkStore store,
            Duration validity, Clock clock) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.startPage = Objects.requireNonNull(startPage, "startPage");
        this.store = Objects.requireNonNull(store, "store");
        this.validity = Objects.requireNonNull(validity, "validity");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("link validity must be positive, got " + validity);
        }
    }

    /**
     * Returns the URL a message should carry for paying an amount.
     *
     * @param customerId the debtor; never null
     * @param amount the amount due, positive; never null
     * @param reference the payment reference; never null
     * @param idempotencyKey the key of the reminder, so a repeated call returns the same link;
     *     never null
     * @return the URL; never null
     * @throws ReceivablesException if the provider fails
     */
    public URI linkFor(CustomerId customerId, Money amount, PaymentReference reference,
            String idempotencyKey) {
        store.put(new IssuedLink(reference, customerId, amount, idempotencyKey,
                clock.instant()));
        if (provider.style() == LinkStyle.ONE_OFF_TOKEN) {
            return URI.create(startPage + (startPage.getQuery() == null ? "?" : "&") + "ref="
                    + URLEncoder.encode(reference.value(), StandardCharsets.UTF_8));
        }
        return provider.createLink(request(customerId, amount, reference, idempotencyKey))
                .url();
    }

    /**
     * Starts a payment when the debtor opens the host's start page.
     *
     * @param reference the reference from the page's {@code ref} parameter; never null
     * @return the provider's link or token to redirect to; never null
     * @throws ReceivablesException if no link was issued for the reference, or the provider fails
     */
    public PaymentLink start(PaymentReference reference) {
        IssuedLink issued = store.find(reference).orElseThrow(() -> new ReceivablesException(
                "no payment link was issued for reference " + reference
                        + "; the link may be from another system"));
        return provider.createLink(request(issued.customerId(), issued.amount(), reference,
                issued.idempotencyKey() + ":" + clock.millis()));
    }

    private PaymentLinkRequest request(CustomerId customerId, Money amount,
            PaymentReference reference, String key) {
        return new PaymentLinkRequest(key, customerId, amount, reference.value(),
                "Payment " + reference.value(), clock.instant().plus(validity));
    }
}
