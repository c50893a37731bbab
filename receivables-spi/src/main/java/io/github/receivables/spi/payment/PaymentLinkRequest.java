package io.github.receivables.spi.payment;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A request for a way to pay an amount.
 *
 * @param idempotencyKey the key that makes repeated requests return the same link; never blank
 * @param customerId the debtor; never null
 * @param amount the amount to pay, positive; never null
 * @param reference the structured payment reference the payment must carry; never blank
 * @param description a short text the provider shows to the payer, without personal data; never
 *     null
 * @param expiresAt when the link should stop working, or null for the provider's default
 */
public record PaymentLinkRequest(
        String idempotencyKey,
        CustomerId customerId,
        Money amount,
        String reference,
        String description,
        Instant expiresAt) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component other than expiresAt is null
     * @throws IllegalArgumentException if the amount is not positive or a key or reference is
     *     blank
     */
    public PaymentLinkRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(description, "description");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("payment link amount must be positive, got "
                    + amount);
        }
        if (idempotencyKey.isBlank() || reference.isBlank()) {
            throw new IllegalArgumentException("payment link key and reference must not be blank");
        }
    }
}
