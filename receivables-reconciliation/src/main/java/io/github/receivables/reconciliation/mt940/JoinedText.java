package io.github.receivables.reconciliation.mt940;

/**
 * Ranges of one text joined without a separator, such as the purpose subfields of an :86: field
 * that a bank wrapped at a fixed width. A single range stays an offset pair, so the common value
 * that fits one subfield costs one substring and no builder. Not thread-safe.
 */
final class JoinedText {

    private final String text;
    private int from = -1;
    private int to;
    private StringBuilder joined;

    JoinedText(String text) {
        this.text = text;
    }

    /** Appends {@code text[start, end)}. */
    void add(int start, int end) {
        if (joined != null) {
            joined.append(text, start, end);
        } else if (from < 0) {
            from = start;
            to = end;
        } else {
            joined = new StringBuilder(2 * (to - from + end - start));
            joined.append(text, from, to).append(text, start, end);
        }
    }

    /** Returns the number of chars joined so far, white space included. */
    int length() {
        if (joined != null) {
            return joined.length();
        }
        return from < 0 ? 0 : to - from;
    }

    /** Returns the joined text with the white space around it removed. */
    String stripped() {
        if (joined != null) {
            return TextRanges.stripped(joined, 0, joined.length());
        }
        return from < 0 ? "" : TextRanges.stripped(text, from, to);
    }
}
