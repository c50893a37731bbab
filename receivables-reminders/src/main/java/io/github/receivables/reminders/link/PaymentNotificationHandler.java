package io.github.receivables.reminders.link;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.reference.InvalidPaymentReferenceException;
import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.spi.payment.PaymentLinkProvider;
import io.github.receivables.spi.payment.PaymentNotification;
import io.github.receivables.spi.payment.ProviderPaymentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns a provider's payment notification into a core {@link Payment}, at most once per provider
 * event id and once per provider payment. The notification is only a claim: the handler reads
 * the payment back from the provider, requires status {@link ProviderPaymentStatus#CONFIRMED},
 * and requires the amount to equal the amount of the link issued under the reference.
 *
 * <p>Handled events are remembered in memory for the life of the handler. A host that runs
 * several processes or restarts must also deduplicate on the payment id, which is derived from
 * the provider id and the provider's payment id and so is the same for every repeat. A provider
 * failure propagates and leaves the event unhandled, so the provider's retry is processed.
 * Thread-safe.
 */
public final class PaymentNotificationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentNotificationHandler.class);

    private final PaymentLinkProvider provider;
    private final IssuedLinkStore links;
    private final ZoneId zone;
    private final ConcurrentMap<String, PaymentOutcome> handled = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> inProgress = new ConcurrentHashMap<>();

    /**
     * Creates a handler.
     *
     * @param provider the provider the notifications come from; never null
     * @param links the issued links, for the amount check; never null
     * @param zone the zone whose calendar day becomes the payment's value date; never null
     */
    public PaymentNotificationHandler(PaymentLinkProvider provider, IssuedLinkStore links,
            ZoneId zone) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.links = Objects.requireNonNull(links, "links");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Handles one notification.
     *
     * @param notification the notification as received; never null
     * @return accepted with the payment, duplicate, not confirmed, or rejected; never null
     * @throws io.github.receivables.core.ReceivablesException if the provider cannot be reached;
     *     the event stays unhandled
     */
    public PaymentOutcome handle(PaymentNotification notification) {
        Objects.requireNonNull(notification, "notification");
        String eventKey = notification.providerId() + "/event/" + notification.eventId();
        Object lock = inProgress.computeIfAbsent(eventKey, key -> new Object());
        synchronized (lock) {
            PaymentOutcome earlier = handled.get(eventKey);
            if (earlier != null) {
                LOG.debug("payment event {} handled before", eventKey);
                return new PaymentOutcome.Duplicate(notification.eventId(), earlier);
            }
            PaymentOutcome outcome = decide(notification);
            handled.put(eventKey, outcome);
            inProgress.remove(eventKey);
            return outcome;
        }
    }

    private PaymentOutcome decide(PaymentNotification notification) {
        PaymentNotification confirmed = provider.confirm(notification);
        if (confirmed.status() != ProviderPaymentStatus.CONFIRMED) {
            LOG.info("payment event {} of provider {} not confirmed: {}", notification.eventId(),
                    notification.providerId(), confirmed.status());
            return new PaymentOutcome.NotConfirmed(confirmed.status());
        }
        String paymentKey = confirmed.providerId() + "/payment/" + confirmed.providerPaymentId();
        PaymentOutcome earlier = handled.get(paymentKey);
        if (earlier != null) {
            return new PaymentOutcome.Duplicate(notification.eventId(), earlier);
        }
        PaymentOutcome outcome = check(confirmed);
        if (handled.putIfAbsent(paymentKey, outcome) != null) {
            return new PaymentOutcome.Duplicate(notification.eventId(), handled.get(paymentKey));
        }
        return outcome;
    }

    private PaymentOutcome check(PaymentNotification confirmed) {
        PaymentReference reference;
        try {
            reference = PaymentReference.parse(confirmed.reference());
        } catch (InvalidPaymentReferenceException e) {
            return reject(confirmed, "reference is not a payment reference of these reminders");
        }
        Optional<IssuedLink> link = links.find(reference);
        if (link.isEmpty()) {
            return reject(confirmed, "no link was issued for reference " + reference);
        }
        if (!link.get().amount().equals(confirmed.amount())) {
            return reject(confirmed, "amount " + confirmed.amount() + " differs from the "
                    + link.get().amount() + " of the link " + reference);
        }
        Payment payment = new Payment(
                PaymentId.of(confirmed.providerId() + ":" + confirmed.providerPaymentId()),
                link.get().customerId(), confirmed.amount(),
                LocalDate.ofInstant(confirmed.occurredAt(), zone), PaymentMethod.PAYMENT_PROVIDER,
                reference.value(), confirmed.providerId() + ":" + confirmed.eventId());
        LOG.info("payment {} accepted from event {}", payment.id(), confirmed.eventId());
        return new PaymentOutcome.Accepted(payment);
    }

    private static PaymentOutcome reject(PaymentNotification confirmed, String reason) {
        LOG.warn("payment event {} of provider {} needs review: {}", confirmed.eventId(),
                confirmed.providerId(), reason);
        return new PaymentOutcome.Rejected(reason);
    }
}
