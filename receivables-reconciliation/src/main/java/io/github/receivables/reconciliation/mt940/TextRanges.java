package io.github.receivables.reconciliation.mt940;

/**
 * Substrings of char ranges with the white space around them removed, so a parser can find a
 * value by offsets and make one string for it. White space is what {@link String#strip()} removes:
 * the chars for which {@link Character#isWhitespace(char)} is true.
 */
final class TextRanges {

    private TextRanges() {}

    /** Returns {@code text.substring(from, to).strip()} without the intermediate string. */
    static String stripped(String text, int from, int to) {
        int start = stripStart(text, from, to);
        int end = stripEnd(text, start, to);
        return text.substring(start, end);
    }

    /** Returns the value, or null when it is null or only white space. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Returns {@code text.substring(from, to).strip()} for a builder. */
    static String stripped(StringBuilder text, int from, int to) {
        int start = stripStart(text, from, to);
        int end = stripEnd(text, start, to);
        return text.substring(start, end);
    }

    /** Returns the index of the first char in {@code [from, to)} that is not white space. */
    static int stripStart(CharSequence text, int from, int to) {
        int start = from;
        while (start < to && isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Returns the index after the last char in {@code [from, to)} that is not white space. */
    static int stripEnd(CharSequence text, int from, int to) {
        int end = to;
        while (end > from && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Returns the index of the first char in {@code [from, to)} that is not white space, for
     * ISO-8859-1 text held one byte per char.
     */
    static int stripStart(byte[] text, int from, int to) {
        int start = from;
        while (start < to && isWhitespace((char) (text[start] & 0xff))) {
            start++;
        }
        return start;
    }

    /**
     * Returns the index after the last char in {@code [from, to)} that is not white space, for
     * ISO-8859-1 text held one byte per char.
     */
    static int stripEnd(byte[] text, int from, int to) {
        int end = to;
        while (end > from && isWhitespace((char) (text[end - 1] & 0xff))) {
            end--;
        }
        return end;
    }

    /**
     * Returns {@link Character#isWhitespace(char)}, but decides the printable ASCII chars, which
     * are most of the text, without the table lookup.
     */
    private static boolean isWhitespace(char c) {
        if (c > ' ' && c < '\u007f') {
            return false;
        }
        return Character.isWhitespace(c);
    }
}
