package io.github.receivables.core.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The identifier of a payment adjustment, chosen by the caller that posts it. Matching derives
 * it from the bank line, so posting the same line twice finds the same id.
 *
 * @param value the identifier, 1 to 100 characters, not blank
 */
public record PaymentAdjustmentId(@NotBlank @Size(max = 100) String value)
        implements Comparable<PaymentAdjustmentId> {

    /**
     * Validates the value.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank or longer than 100 characters
     */
    public PaymentAdjustmentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("payment adjustment id '" + value
                    + "' must be 1 to 100 characters and not blank");
        }
    }

    /**
     * Creates an id.
     *
     * @param value the identifier
     * @return the id
     */
    public static PaymentAdjustmentId of(String value) {
        return new PaymentAdjustmentId(value);
    }

    @Override
    public int compareTo(PaymentAdjustmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
