package io.github.receivables.reconciliation.csv;

/**
 * Tells where the entry rows end and trailer rows (footers, closing balances, disclaimers) begin.
 * Trailer rows are not entries; {@link MetadataRule}s still read them. Set at most one of the two
 * components.
 *
 * @param pattern a Java regular expression; the first data row whose first non-empty cell matches
 *     it (with {@link java.util.regex.Matcher#find()}) and every row after it are trailer rows; or
 *     null
 * @param rows how many non-blank rows at the end of the file are trailer rows; 0 for none
 */
public record TrailerRule(String pattern, int rows) {

    /** No trailer: every row after the header is an entry or blank. */
    public static final TrailerRule NONE = new TrailerRule(null, 0);

    /**
     * Creates a rule that starts the trailer at the first row matching a pattern.
     *
     * @param pattern the regular expression; never null
     * @return the rule
     */
    public static TrailerRule startingAt(String pattern) {
        return new TrailerRule(pattern, 0);
    }

    /**
     * Creates a rule that treats a fixed number of final rows as trailer.
     *
     * @param rows the number of rows, 1 or more
     * @return the rule
     */
    public static TrailerRule lastRows(int rows) {
        return new TrailerRule(null, rows);
    }
}
