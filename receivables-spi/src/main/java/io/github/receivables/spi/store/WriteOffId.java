package io.github.receivables.spi.store;

import java.util.Objects;

/**
 * The identifier of a stored write-off, chosen by the caller that posts it. Matching derives it
 * from the bank line, so posting the same line twice finds the same id.
 *
 * @param value the identifier, 1 to 100 characters, not blank
 */
public record WriteOffId(String value) implements Comparable<WriteOffId> {

    /**
     * Validates the value.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank or longer than 100 characters
     */
    public WriteOffId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("write-off id '" + value
                    + "' must be 1 to 100 characters and not blank");
        }
    }

    /**
     * Creates an id.
     *
     * @param value the identifier
     * @return the id
     */
    public static WriteOffId of(String value) {
        return new WriteOffId(value);
    }

    @Override
    public int compareTo(WriteOffId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
