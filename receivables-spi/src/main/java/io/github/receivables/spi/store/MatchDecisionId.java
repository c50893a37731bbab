package io.github.receivables.spi.store;

import java.util.Objects;

/**
 * The identifier of a match decision, chosen by the matching engine.
 *
 * @param value the identifier, 1 to 100 characters, not blank
 */
public record MatchDecisionId(String value) implements Comparable<MatchDecisionId> {

    /**
     * Validates the value.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank or longer than 100 characters
     */
    public MatchDecisionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("match decision id '" + value
                    + "' must be 1 to 100 characters and not blank");
        }
    }

    /**
     * Creates an id.
     *
     * @param value the identifier
     * @return the id
     */
    public static MatchDecisionId of(String value) {
        return new MatchDecisionId(value);
    }

    @Override
    public int compareTo(MatchDecisionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
