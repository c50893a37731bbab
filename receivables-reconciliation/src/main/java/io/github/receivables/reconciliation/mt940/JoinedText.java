package io.github.receivables.reconciliation.mt940;

/**
 * Ranges of one text joined without a separator, such as the purpose subfields of an :86: field
 * that a bank wrapped at a fixed width. A single range stays an offset pair, so the common value
 * that fits one subfield costs one substring and no builder. One instance is reset and reused
 * for each value. Not thread-safe.
 */
final class JoinedText {

    private String text;
    private int from = -1;
    private int to;
    /** The ranges joined once there are two or more, kept for reuse after a reset. */
    private StringBuilder joined;
    private boolean inBuilder;

    /** Empties this value and takes its ranges from the given text from now on. */
    JoinedText reset(String source) {
        text = source;
        from = -1;
        inBuilder = false;
        return this;
    }

    /** Appends {@code text[start, end)}. */
    void add(int start, int end) {
        if (inBuilder) {
            joined.append(text, start, end);
        } else if (from < 0) {
            from = start;
            to = end;
        } else {
            if (joined == null) {
                joined = new StringBuilder(2 * (to - from + end - start));
            } else {
                joined.setLength(0);
            }
            joined.append(text, from, to).append(text, start, end);
            inBuilder = true;
        }
    }

    /** Returns the number of chars joined so far, white space included. */
    int length() {
        if (inBuilder) {
            return joined.length();
        }
        return from < 0 ? 0 : to - from;
    }

    /** Returns the joined text with the white space around it removed. */
    String stripped() {
        if (inBuilder) {
            return TextRanges.stripped(joined, 0, joined.length());
        }
        return from < 0 ? "" : TextRanges.stripped(text, from, to);
    }
}
