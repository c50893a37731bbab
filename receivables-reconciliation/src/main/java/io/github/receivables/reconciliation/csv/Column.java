package io.github.receivables.reconciliation.csv;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A column of a table, found either by its header name or by its 0-based position. In JSON a
 * column is written as a string (the header name) or as a number (the position).
 *
 * @param header the header name, compared after trimming and ignoring case, or null when the
 *     column is found by position
 * @param index the 0-based position, or -1 when the column is found by header name
 */
public record Column(String header, int index) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException unless exactly one of a non-blank header and a non-negative
     *     index is given
     */
    public Column {
        if (header != null && header.isBlank()) {
            throw new IllegalArgumentException("a column header name must not be blank");
        }
        if ((header == null) == (index < 0)) {
            throw new IllegalArgumentException(
                    "a column needs either a header name or a 0-based index, not both; got header "
                            + header + " and index " + index);
        }
    }

    /**
     * Creates a column found by header name.
     *
     * @param header the header name; never blank
     * @return the column
     * @throws IllegalArgumentException if header is null or blank
     */
    public static Column named(String header) {
        if (header == null) {
            throw new IllegalArgumentException("a column header name must not be null");
        }
        return new Column(header, -1);
    }

    /**
     * Creates a column found by position.
     *
     * @param index the 0-based position
     * @return the column
     * @throws IllegalArgumentException if index is negative
     */
    public static Column at(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a column index must be 0 or more, got " + index);
        }
        return new Column(null, index);
    }

    /**
     * Tells whether this column is found by header name.
     *
     * @return true for a named column
     */
    public boolean isNamed() {
        return header != null;
    }

    /**
     * Describes the column for messages, such as {@code 'Betrag'} or {@code #3}.
     *
     * @return the description; never null
     */
    public String describe() {
        return header != null ? "'" + header + "'" : "#" + index;
    }

    @JsonValue
    Object jsonValue() {
        return header != null ? header : Integer.valueOf(index);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Column fromJson(Object value) {
        if (value instanceof String text) {
            return named(text);
        }
        if (value instanceof Integer number) {
            return at(number);
        }
        throw new IllegalArgumentException(
                "a column is a header name (string) or a 0-based index (integer), got " + value);
    }
}
