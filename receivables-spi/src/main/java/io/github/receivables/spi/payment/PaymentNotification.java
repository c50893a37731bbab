package io.github.receivables.spi.payment;

import io.github.receivables.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider's report about a payment, such as in a webhook. It is a claim until
 * {@link PaymentLinkProvider#confirm} checks it with the provider.
 *
 * @param providerId the provider's id as registered by the host; never blank
 * @param eventId the provider's id of this notification, unique per provider; never blank
 * @param providerPaymentId the provider's id of the payment; never blank
 * @param reference the payment reference given when the link was created; never blank
 * @param amount the amount paid; never null
 * @param status the reported status; never null
 * @param occurredAt when the provider recorded the status; never null
 */
public record PaymentNotification(
        String providerId,
        String eventId,
        String providerPaymentId,
        String reference,
        Money amount,
        ProviderPaymentStatus status,
        Instant occurredAt) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an id or the reference is blank
     */
    public PaymentNotification {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(providerPaymentId, "providerPaymentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (providerId.isBlank() || eventId.isBlank() || providerPaymentId.isBlank()
                || reference.isBlank()) {
            throw new IllegalArgumentException("payment notification ids and reference must not"
                    + " be blank, got event '" + eventId + "'");
        }
    }
}
