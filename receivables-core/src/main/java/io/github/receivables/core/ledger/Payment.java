package io.github.receivables.core.ledger;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received. It settles documents only through allocations; what is not allocated stays
 * visible as unapplied cash of the customer.
 *
 * @param id the host's identifier; never null
 * @param customerId the payer when known, or null for cash not yet identified
 * @param amount the amount received, positive; never null
 * @param receivedOn the value date; never null
 * @param method how it arrived; never null
 * @param reference the reference the payer quoted, or null
 * @param externalId the bank entry id or provider event id that makes a repeated import
 *     recognizable, or null
 */
public record Payment(
        @NotNull @Valid PaymentId id,
        @Valid CustomerId customerId,
        @NotNull Money amount,
        @NotNull LocalDate receivedOn,
        @NotNull PaymentMethod method,
        @Size(max = 280) String reference,
        @Size(max = 200) String externalId) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if the amount is not positive
     */
    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(method, "method");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("payment " + id + " must have a positive amount, got "
                    + amount);
        }
    }

    /**
     * Returns the payer.
     *
     * @return the customer, or empty while the payment is unidentified
     */
    public Optional<CustomerId> findCustomerId() {
        return Optional.ofNullable(customerId);
    }

    /**
     * Returns a copy assigned to a customer.
     *
     * @param payer the customer identified as payer
     * @return the updated payment
     */
    public Payment withCustomerId(CustomerId payer) {
        return new Payment(id, Objects.requireNonNull(payer, "payer"), amount, receivedOn, method,
                reference, externalId);
    }
}
