package io.github.receivables.spi.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A report from a channel about a notification it accepted earlier.
 *
 * @param idempotencyKey the key the notification was sent with; never null
 * @param providerMessageId the channel's id of the message, or null when unknown
 * @param status what happened; never null
 * @param at when it happened; never null
 * @param detail the provider's code or text, without personal data, or null
 */
public record DeliveryReceipt(
        String idempotencyKey,
        String providerMessageId,
        DeliveryStatus status,
        Instant at,
        String detail) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if key, status or at is null
     */
    public DeliveryReceipt {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
