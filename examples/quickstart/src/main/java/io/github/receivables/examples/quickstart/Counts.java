package io.github.receivables.examples.quickstart;

/** Writes a count with the English noun in the number it needs, for the console and report. */
public final class Counts {

    private Counts() {}

    /**
     * Writes a count and its noun, such as {@code 1 entry} or {@code 7 entries}.
     *
     * @param count the count; may be 0 or negative, which take the plural
     * @param singular the noun for exactly one; never null
     * @param plural the noun for any other count; never null
     * @return the count, a space and the noun; never null
     */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
