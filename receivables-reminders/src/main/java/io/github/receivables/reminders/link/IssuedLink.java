package io.github.receivables.reminders.link;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.reference.PaymentReference;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment link the reminders handed out: the amount requested, the debtor and the
 * reference. Used to check notified payments and to start one-off token payments on click.
 *
 * @param reference the payment reference; never null
 * @param customerId the debtor; never null
 * @param amount the amount asked for; never null
 * @param idempotencyKey the key used with the provider; never null
 * @param issuedAt when the link was issued; never null
 */
public record IssuedLink(
        PaymentReference reference,
        CustomerId customerId,
        Money amount,
        String idempotencyKey,
        Instant issuedAt) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public IssuedLink {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
