package io.github.receivables.reminders.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.reminders.MutableClock;
import io.github.receivables.spi.payment.InMemoryPaymentLinkProvider;
import io.github.receivables.spi.payment.LinkStyle;
import io.github.receivables.spi.payment.PaymentLink;
import io.github.receivables.spi.payment.PaymentNotification;
import io.github.receivables.spi.payment.ProviderPaymentStatus;
import org.junit.jupiter.api.Test;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

class PaymentLinksTest {

    private static final CustomerId CUSTOMER = CustomerId.of("C1");
    private static final Money AMOUNT = Money.of("154700", "CLP");
    private static final PaymentReference REFERENCE =
            PaymentReference.of(PaymentReference.Kind.CUSTOMER, 1234567);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-12T14:00:00Z"));
    private final IssuedLinkStore store = IssuedLinkStore.inMemory();

    private InMemoryPaymentLinkProvider provider(LinkStyle style) {
        return new InMemoryPaymentLinkProvider("sim", style, URI.create("https://pay.example/"),
                clock);
    }

    private PaymentLinks links(InMemoryPaymentLinkProvider provider) {
        return new PaymentLinks(provider, URI.create("https://host.example/pay/start"), store,
                Duration.ofDays(30), clock);
    }

    @Test
    void shareableLinkOncePerKey() {
        InMemoryPaymentLinkProvider provider = provider(LinkStyle.SHAREABLE);
        PaymentLinks links = links(provider);

        URI first = links.linkFor(CUSTOMER, AMOUNT, REFERENCE, "rm-1");
        URI again = links.linkFor(CUSTOMER, AMOUNT, REFERENCE, "rm-1");

        assertEquals(URI.create("https://pay.example/l/t1"), first);
        assertEquals(first, again);
        assertEquals(1, provider.linkCount());
    }

    @Test
    void tokenProviderUsesStartPage() {
        InMemoryPaymentLinkProvider provider = provider(LinkStyle.ONE_OFF_TOKEN);
        PaymentLinks links = links(provider);

        URI inMessage = links.linkFor(CUSTOMER, AMOUNT, REFERENCE, "rm-1");
        PaymentLink started = links.start(PaymentReference.parse("RC1123456717"));

        assertEquals(URI.create("https://host.example/pay/start?ref=RC1123456717"), inMessage);
        assertInstanceOf(PaymentLink.OneOffToken.class, started);
        assertEquals(1, provider.linkCount());
    }

    @Test
    void confirmedNotificationBecomesOnePayment() {
        InMemoryPaymentLinkProvider provider = provider(LinkStyle.SHAREABLE);
        links(provider).linkFor(CUSTOMER, AMOUNT, REFERENCE, "rm-1");
        PaymentNotificationHandler handler = new PaymentNotificationHandler(provider, store,
                ZoneId.of("America/Santiago"));
        PaymentNotification notification = provider.pay(REFERENCE.value(), AMOUNT,
                ProviderPaymentStatus.CONFIRMED);

        PaymentOutcome first = handler.handle(notification);
        PaymentOutcome repeat = handler.handle(notification);

        PaymentOutcome.Accepted accepted = assertInstanceOf(PaymentOutcome.Accepted.class, first);
        assertEquals("sim:pay-1", accepted.payment().id().value());
        assertEquals(CUSTOMER, accepted.payment().customerId());
        assertEquals(AMOUNT, accepted.payment().amount());
        assertEquals(LocalDate.of(2025, 6, 12), accepted.payment().receivedOn());
        assertEquals(PaymentMethod.PAYMENT_PROVIDER, accepted.payment().method());
        assertEquals(first, assertInstanceOf(PaymentOutcome.Duplicate.class, repeat).earlier());
    }

    @Test
    void secondEventForSamePaymentIsDuplicate() {
        InMemoryPaymentLinkProvider provider = provider(LinkStyle.SHAREABLE);
        links(provider).linkFor(CUSTOMER, AMOUNT, REFERENCE, "rm-1");
        PaymentNotificationHandler handler = new PaymentNotificationHandler(provider, store,
                ZoneId.of("America/Santiago"));
        PaymentNotification notification = provider.pay(REFERENCE.value(), AMOUNT,
                ProviderPaymentStatus.CONFIRMED);
        PaymentNotification resent = new PaymentNotification("sim", "evt-other",
                notification.providerPaymentId(), notification.reference(), AMOUNT,
                ProviderPaymentStatus.CONFIRMED, notification.occurredAt());

        handler.handle(notification);

        assertInstanceOf(PaymentOutcome.Duplicate.class, handler.handle(resent));
    }

    @Test
    void forgedConfirmationIsNotTrusted() {
        InMemoryPaymentLinkProvider provider = provider(LinkStyle.SHAREABLE);
        links(provider).linkFor(CUSTOMER, AMOUNT, REFERENCE, "rm-1");
        PaymentNotificationHandler handler = new PaymentNotificationHandler(provider, store,
                ZoneId.of("America/Santiago"));
        PaymentNotification pending = provider.pay(REFERENCE.value(), AMOUNT,
                ProviderPaymentStatus.PENDING);
        PaymentNotification forged = new PaymentNotification("sim", pending.eventId(),
                pending.providerPaymentId(), pending.reference(), AMOUNT,
                ProviderPaymentStatus.CONFIRMED, pending.occurredAt());

        PaymentOutcome outcome = handler.handle(forged);

        assertEquals(ProviderPaymentStatus.PENDING,
                assertInstanceOf(PaymentOutcome.NotConfirmed.class, outcome).status());
    }

    @Test
    void amountDifferentFromLinkIsRejected() {
        InMemoryPaymentLinkProvider provider = provider(LinkStyle.SHAREABLE);
        links(provider).linkFor(CUSTOMER, AMOUNT, REFERENCE, "rm-1");
        PaymentNotificationHandler handler = new PaymentNotificationHandler(provider, store,
                ZoneId.of("America/Santiago"));

        PaymentOutcome outcome = handler.handle(provider.pay(REFERENCE.value(),
                Money.of("1000", "CLP"), ProviderPaymentStatus.CONFIRMED));

        assertInstanceOf(PaymentOutcome.Rejected.class, outcome);
    }

    @Test
    void unknownReferenceIsRejected() {
        InMemoryPaymentLinkProvider provider = provider(LinkStyle.SHAREABLE);
        PaymentNotificationHandler handler = new PaymentNotificationHandler(provider, store,
                ZoneId.of("America/Santiago"));

        PaymentOutcome outcome = handler.handle(provider.pay("RC1123456717", AMOUNT,
                ProviderPaymentStatus.CONFIRMED));

        assertInstanceOf(PaymentOutcome.Rejected.class, outcome);
    }
}
