package io.github.receivables.examples.quickstart.remind;

import io.github.receivables.core.ReceivablesException;
import io.github.receivables.spi.payment.LinkStyle;
import io.github.receivables.spi.payment.PaymentLink;
import io.github.receivables.spi.payment.PaymentLinkProvider;
import io.github.receivables.spi.payment.PaymentLinkRequest;
import io.github.receivables.spi.payment.PaymentNotification;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A payment provider for the demo that issues shareable links under
 * {@code https://pay.example.invalid/}, a domain that can never resolve. The link names the
 * payment reference and the amount in minor units, so the same request always gives the same
 * link. It takes no payments, so {@link #confirm} always fails.
 */
public final class DemoPaymentLinks implements PaymentLinkProvider {

    /** The base of every link. */
    public static final String BASE = "https://pay.example.invalid/";

    @Override
    public String id() {
        return "demo-pay";
    }

    @Override
    public LinkStyle style() {
        return LinkStyle.SHAREABLE;
    }

    @Override
    public PaymentLink createLink(PaymentLinkRequest request) {
        String reference = URLEncoder.encode(request.reference(), StandardCharsets.UTF_8);
        URI url = URI.create(BASE + "p/" + reference + "?amount="
                + request.amount().minorUnits() + "&currency="
                + request.amount().currency().getCurrencyCode());
        return new PaymentLink.Shareable(url, request.expiresAt());
    }

    @Override
    public PaymentNotification confirm(PaymentNotification notification) {
        throw new ReceivablesException("the demo payment provider takes no payments; event "
                + notification.eventId() + " cannot be confirmed");
    }
}
