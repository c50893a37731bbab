package io.github.receivables.spi;

import java.util.Objects;

/**
 * The host's identifier of a tenant: one creditor whose receivables are collected, when a host
 * serves many.
 *
 * @param value the identifier, 1 to 64 characters, not blank
 */
public record TenantId(String value) implements Comparable<TenantId> {

    /**
     * Validates the value.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank or longer than 64 characters
     */
    public TenantId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("tenant id '" + value
                    + "' must be 1 to 64 characters and not blank");
        }
    }

    /**
     * Creates an id.
     *
     * @param value the identifier
     * @return the id
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public int compareTo(TenantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
