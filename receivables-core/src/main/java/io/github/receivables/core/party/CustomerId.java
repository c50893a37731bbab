package io.github.receivables.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The host's identifier of a customer, opaque to the SDK.
 *
 * @param value the identifier, 1 to 64 characters
 */
public record CustomerId(@NotBlank @Size(max = 64) String value) implements Comparable<CustomerId> {

    /**
     * Validates the value.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank or longer than 64 characters
     */
    public CustomerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("customer id '" + value
                    + "' must be 1 to 64 characters and not blank");
        }
    }

    /**
     * Creates an id.
     *
     * @param value the identifier
     * @return the id
     */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
