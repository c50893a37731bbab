package io.github.receivables.reconciliation.matching.generator;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Accuracy of a matcher on a generated data set, per shape and in total.
 *
 * @param matcher the matcher's name; never null
 * @param byShape the counts per shape; never null
 */
public record AccuracyReport(String matcher, Map<GeneratedShape, Counts> byShape) {

    /**
     * Counts for one shape.
     *
     * @param lines lines of the shape
     * @param automated lines handled without review
     * @param automatedCorrect automated lines whose outcome equals the expected one
     * @param suggested lines queued with a suggestion
     * @param suggestedCorrect suggestions that equal the expected outcome
     */
    public record Counts(int lines, int automated, int automatedCorrect, int suggested,
            int suggestedCorrect) {

        Counts plus(Counts other) {
            return new Counts(lines + other.lines, automated + other.automated,
                    automatedCorrect + other.automatedCorrect, suggested + other.suggested,
                    suggestedCorrect + other.suggestedCorrect);
        }

        /**
         * Returns the precision of automated lines.
         *
         * @return correct automated lines over automated lines, 1 when none were automated
         */
        public double precision() {
            return automated == 0 ? 1.0 : (double) automatedCorrect / automated;
        }

        /**
         * Returns the share of lines automated.
         *
         * @return automated lines over lines, 0 when there are none
         */
        public double automationShare() {
            return lines == 0 ? 0.0 : (double) automated / lines;
        }

        /**
         * Returns the share of suggestions that are correct.
         *
         * @return correct suggestions over suggestions, 1 when there were none
         */
        public double suggestionAccuracy() {
            return suggested == 0 ? 1.0 : (double) suggestedCorrect / suggested;
        }
    }

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AccuracyReport {
        Objects.requireNonNull(matcher, "matcher");
        byShape = Map.copyOf(byShape);
    }

    /**
     * Adds up all shapes.
     *
     * @return the totals; never null
     */
    public Counts total() {
        Counts total = new Counts(0, 0, 0, 0, 0);
        for (Counts counts : byShape.values()) {
            total = total.plus(counts);
        }
        return total;
    }

    /**
     * Formats the report as a Markdown table, shapes in declaration order, then the total. A
     * ratio without lines to count (no automated line, no suggestion) is shown as a dash.
     *
     * @return the table; never null
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(matcher).append(" | lines | automated | precision | suggested"
                + " | suggestions correct |\n|---|---:|---:|---:|---:|---:|\n");
        Map<GeneratedShape, Counts> ordered = new EnumMap<>(byShape);
        ordered.forEach((shape, counts) -> row(out, shape.name(), counts));
        row(out, "TOTAL", total());
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Counts counts) {
        String precision = counts.automated() == 0 ? "-"
                : String.format(Locale.ROOT, "%.2f%%", 100 * counts.precision());
        String suggestions = counts.suggested() == 0 ? "-"
                : String.format(Locale.ROOT, "%.1f%%", 100 * counts.suggestionAccuracy());
        out.append(String.format(Locale.ROOT, "| %s | %d | %d (%.1f%%) | %s | %d | %s |\n",
                label, counts.lines(), counts.automated(), 100 * counts.automationShare(),
                precision, counts.suggested(), suggestions));
    }
}
