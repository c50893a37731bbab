package io.github.receivables.reconciliation.camt.internal;

import java.util.Arrays;

/**
 * The text of one element, kept in a reusable char buffer so that values parsed at once, such as
 * amounts, dates and codes, need no String. The cursor refills it on every
 * {@link XmlCursor#readValue(boolean)}. Not thread-safe.
 */
final class TextValue {

    private char[] chars = new char[64];
    private int start;
    private int length;

    /** Returns the buffer. The value is {@link #length()} characters from {@link #start()}. */
    char[] chars() {
        return chars;
    }

    /** Returns where the value starts in {@link #chars()}. */
    int start() {
        return start;
    }

    /** Returns the length of the value, without surrounding whitespace. */
    int length() {
        return length;
    }

    /** Returns whether the value is exactly the given text. */
    boolean is(String expected) {
        if (length != expected.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the value as a String, for messages and for values kept as text. */
    @Override
    public String toString() {
        return new String(chars, start, length);
    }

    void clear() {
        start = 0;
        length = 0;
    }

    void append(char[] source, int offset, int count) {
        int end = start + length;
        if (end + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(end + count, chars.length * 2));
        }
        System.arraycopy(source, offset, chars, end, count);
        length += count;
    }

    /** Drops leading and trailing whitespace, as {@link String#strip()} does. */
    void strip() {
        int end = start + length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        length = end - start;
    }
}
