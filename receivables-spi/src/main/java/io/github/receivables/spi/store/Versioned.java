package io.github.receivables.spi.store;

import java.util.Objects;

/**
 * A stored value with the version that optimistic locking checks. A row is version 1 when
 * inserted, and every successful update adds exactly 1.
 *
 * @param value the stored value; never null
 * @param version the version, 1 or more
 * @param <T> the value type
 */
public record Versioned<T>(T value, long version) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if version is less than 1
     */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, got " + version);
        }
    }

    /**
     * Returns a value as first inserted.
     *
     * @param value the value
     * @param <T> the value type
     * @return the value at version 1
     */
    public static <T> Versioned<T> initial(T value) {
        return new Versioned<>(value, 1);
    }

    /**
     * Returns the next version of the row with a new value.
     *
     * @param newValue the value after the update
     * @return the value at this version plus 1
     */
    public Versioned<T> next(T newValue) {
        return new Versioned<>(newValue, Math.addExact(version, 1));
    }
}
