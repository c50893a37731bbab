package io.github.receivables.core.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The host's identifier of a payment, opaque to the SDK.
 *
 * @param value the identifier, 1 to 100 characters
 */
public record PaymentId(@NotBlank @Size(max = 100) String value) implements Comparable<PaymentId> {

    /**
     * Validates the value.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank or longer than 100 characters
     */
    public PaymentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("payment id '" + value
                    + "' must be 1 to 100 characters and not blank");
        }
    }

    /**
     * Creates an id.
     *
     * @param value the identifier
     * @return the id
     */
    public static PaymentId of(String value) {
        return new PaymentId(value);
    }

    @Override
    public int compareTo(PaymentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
