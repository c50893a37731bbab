package io.github.receivables.reconciliation.csv;

/**
 * Finds a statement fact in the rows before the header or in the trailer rows after the entries.
 *
 * <p>The rule looks at every non-empty cell of such a row and applies {@code pattern} with
 * {@link java.util.regex.Matcher#find()}. When the pattern has a named group {@code value}, that
 * group is the value. Otherwise the value is the cell at {@code valueColumn} (or, when it is null,
 * in the matched cell's column) of the row {@code rowOffset} rows below the matched row. The first
 * match of a field wins.
 *
 * @param field the fact this rule finds; never null
 * @param pattern a Java regular expression matched against one cell's trimmed text; never null
 * @param valueColumn the 0-based column holding the value, or null
 * @param rowOffset 0 to take the value from the matched row, 1 to take it from the row below
 */
public record MetadataRule(MetadataField field, String pattern, Integer valueColumn, int rowOffset) {

    /**
     * Creates a rule whose pattern captures the value in a group named {@code value}.
     *
     * @param field the fact; never null
     * @param pattern the regular expression with a {@code (?<value>...)} group; never null
     * @return the rule
     */
    public static MetadataRule captured(MetadataField field, String pattern) {
        return new MetadataRule(field, pattern, null, 0);
    }

    /**
     * Creates a rule that takes the value from another cell of the matched row.
     *
     * @param field the fact; never null
     * @param labelPattern the regular expression that finds the label cell; never null
     * @param valueColumn the 0-based column of the value
     * @return the rule
     */
    public static MetadataRule beside(MetadataField field, String labelPattern, int valueColumn) {
        return new MetadataRule(field, labelPattern, valueColumn, 0);
    }

    /**
     * Creates a rule that takes the value from the cell below the matched label cell.
     *
     * @param field the fact; never null
     * @param labelPattern the regular expression that finds the label cell; never null
     * @return the rule
     */
    public static MetadataRule below(MetadataField field, String labelPattern) {
        return new MetadataRule(field, labelPattern, null, 1);
    }
}
