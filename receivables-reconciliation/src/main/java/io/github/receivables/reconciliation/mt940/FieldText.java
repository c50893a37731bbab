package io.github.receivables.reconciliation.mt940;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of one field, assembled from its lines. Lines arrive as ISO-8859-1 chars, one byte
 * each, and are copied as bytes, so that the field becomes one string and its lines none. A line
 * that contains a char above U+00FF arrives with its decoded text as well. From then on the field
 * is kept in a {@link StringBuilder}. One instance is reused for every field of a file. Not
 * thread-safe.
 */
final class FieldText {

    private static final int[] NO_LINE_ENDS = new int[0];

    private byte[] latin1 = new byte[256];
    private int latin1Length;
    /** The field's text once a line contained a char above U+00FF, or null before. */
    private StringBuilder wide;
    /** The length after each line but the last of a field whose lines are joined. */
    private int[] lineEnds = new int[8];
    private int lineEndCount;

    /**
     * Starts a field with the text of its first line.
     *
     * @param line the line's chars, one byte each
     * @param from the index of the first char of the text
     * @param to the index after its last char
     * @param wideLine the decoded line when it contains a char above U+00FF, else null. Its
     *     chars have the same indexes as the bytes.
     */
    void start(byte[] line, int from, int to, String wideLine) {
        latin1Length = 0;
        wide = null;
        lineEndCount = 0;
        append(line, from, to, wideLine);
    }

    /** Appends a line with nothing between it and the text before, and keeps where it starts. */
    void appendJoined(byte[] line, int from, int to, String wideLine) {
        if (lineEndCount == lineEnds.length) {
            lineEnds = Arrays.copyOf(lineEnds, lineEndCount * 2);
        }
        lineEnds[lineEndCount++] = length();
        append(line, from, to, wideLine);
    }

    /** Appends a line after a line feed. */
    void appendOnNewLine(byte[] line, int from, int to, String wideLine) {
        if (wide != null) {
            wide.append('\n');
        } else {
            ensureCapacity(latin1Length + 1);
            latin1[latin1Length++] = '\n';
        }
        append(line, from, to, wideLine);
    }

    /** Returns the length of the text in chars. */
    int length() {
        return wide != null ? wide.length() : latin1Length;
    }

    /** Returns how many lines were joined by {@link #appendJoined}. */
    int lineEndCount() {
        return lineEndCount;
    }

    /** Returns the index in the text after each line but the last of a joined field. */
    int[] lineEnds() {
        return lineEndCount > 0 ? Arrays.copyOf(lineEnds, lineEndCount) : NO_LINE_ENDS;
    }

    /** Returns the text as one string. */
    String text() {
        return wide != null ? wide.toString()
                : new String(latin1, 0, latin1Length, StandardCharsets.ISO_8859_1);
    }

    private void append(byte[] line, int from, int to, String wideLine) {
        if (wideLine == null && wide == null) {
            int length = to - from;
            ensureCapacity(latin1Length + length);
            System.arraycopy(line, from, latin1, latin1Length, length);
            latin1Length += length;
            return;
        }
        if (wide == null) {
            wide = new StringBuilder(latin1Length + to - from + 16).append(text());
        }
        if (wideLine != null) {
            wide.append(wideLine, from, to);
        } else {
            wide.append(new String(line, from, to - from, StandardCharsets.ISO_8859_1));
        }
    }

    private void ensureCapacity(int capacity) {
        if (capacity > latin1.length) {
            latin1 = Arrays.copyOf(latin1, Math.max(capacity, latin1.length * 2));
        }
    }
}
