package io.github.receivables.reconciliation.camt.internal;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;
import java.util.Locale;

/**
 * Bounds the length of every XML construct before the parser reads it. StAX parsers gather a
 * whole tag, attribute value, comment, processing instruction, CDATA section or DOCTYPE in memory,
 * and Aalto also a whole text node once its text is requested. This guard fails as soon as one of
 * them grows past its limit, so a hostile file cannot make the parser buffer gigabytes.
 *
 * <p>Tags and text cannot contain {@code <} (XML forbids it in attribute values), so for them it
 * is enough to bound the run of characters between two {@code <}; that fast path costs one
 * comparison per character. Comments, CDATA sections, processing instructions and DOCTYPE may
 * contain {@code <}, so they are followed by a small state machine up to their end marker.
 *
 * <p>The guard reads either decoded characters or UTF-8 bytes. On bytes it also validates the
 * encoding as strictly as the JDK's reporting UTF-8 decoder (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF) and counts lengths in UTF-16 characters, as on the
 * character path. Not thread-safe.
 */
final class MarkupGuard {

    /**
     * Extra room beyond the field limit for a run between two {@code <}: a start tag with its
     * namespace declarations, or a text node, whose exact length the cursor checks once the parser
     * has read it.
     */
    static final int RUN_ALLOWANCE = 65_536;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private enum State { FAST, AFTER_LT, OPENING, COMMENT, CDATA, PI, DOCTYPE }

    private final long maxConstruct;
    private final long maxRun;
    private State state = State.FAST;
    private final StringBuilder opening = new StringBuilder(9);
    private long run;
    private long length;
    private char quote;
    private int bracketDepth;
    private int tail;

    /** Continuation bytes still expected by the UTF-8 sequence in progress. */
    private int pending;
    private int lowest = 0x80;
    private int highest = 0xBF;
    /** Offset in the scanned buffer and value of the lead byte of the sequence in progress. */
    private int leadIndex;
    private int leadValue;

    /**
     * Creates a guard.
     *
     * @param maxFieldLength the longest comment, CDATA section, processing instruction or DOCTYPE
     *     accepted, in characters; runs between two {@code <} get {@link #RUN_ALLOWANCE} more
     */
    MarkupGuard(int maxFieldLength) {
        this(maxFieldLength, (long) maxFieldLength + RUN_ALLOWANCE);
    }

    /** Creates a guard with its two limits, in characters, given apart. */
    MarkupGuard(long maxConstruct, long maxRun) {
        this.maxConstruct = maxConstruct;
        this.maxRun = maxRun;
    }

    /** Checks decoded characters, which must follow those of the previous call. */
    void scan(char[] buffer, int from, int to) throws MarkupLimitException {
        int i = from;
        while (i < to) {
            switch (state) {
                case FAST -> i = fast(buffer, i, to);
                case AFTER_LT -> i = afterLt(buffer[i], i);
                case OPENING -> i = opening(buffer[i], 1, i);
                default -> i = construct(buffer[i], 1, i);
            }
        }
    }

    /**
     * Checks UTF-8 bytes, which must follow those of the previous call.
     *
     * @throws InvalidUtf8Exception if the bytes are not valid UTF-8
     * @throws MarkupLimitException if a construct is too long
     */
    void scanUtf8(byte[] buffer, int from, int to) throws IOException {
        if (pending > 0) {
            // The lead byte came in the previous buffer, so a failure points at this one's start.
            leadIndex = from;
        }
        int i = from;
        while (i < to) {
            switch (state) {
                case FAST -> i = fastUtf8(buffer, i, to);
                case AFTER_LT -> i = afterLt((char) (buffer[i] & 0xFF), i);
                default -> {
                    int value = buffer[i] & 0xFF;
                    int units = utf8(value, i);
                    char c = (char) value;
                    i = state == State.OPENING ? opening(c, units, i) : construct(c, units, i);
                }
            }
        }
    }

    /**
     * Checks that the UTF-8 input did not end inside a multi-byte sequence.
     *
     * @throws InvalidUtf8Exception if it did
     */
    void endUtf8() throws InvalidUtf8Exception {
        if (pending > 0) {
            throw new InvalidUtf8Exception(-1, -1);
        }
    }

    /** Scans tags and text, bounding the run since the last '<'. */
    private int fast(char[] buffer, int from, int to) throws MarkupLimitException {
        int runStart = from;
        for (int i = from; i < to; i++) {
            if (buffer[i] == '<') {
                return lessThan(run + (i - runStart), i);
            }
        }
        run += to - runStart;
        checkRun(run);
        return to;
    }

    /**
     * As {@link #fast(char[], int, int)}, validating and counting characters, not bytes. Reads
     * eight bytes at a time while they are plain ASCII without {@code <}.
     */
    private int fastUtf8(byte[] buffer, int from, int to) throws IOException {
        int runStart = from;
        int i = from;
        while (i < to) {
            if (pending == 0 && i + Long.BYTES <= to) {
                long special = specialBytes((long) LONGS.get(buffer, i));
                if (special == 0) {
                    i += Long.BYTES;
                    continue;
                }
                i += Long.numberOfTrailingZeros(special) >>> 3;
            }
            int value = buffer[i];
            if (value >= 0 && pending == 0) {
                if (value == '<') {
                    if (i + 1 == to || buffer[i + 1] == '!' || buffer[i + 1] == '?') {
                        return lessThan(run + (i - runStart), i);
                    }
                    // A tag follows: stay on the fast path, which is most of a camt file.
                    checkRun(run + (i - runStart));
                    run = 0;
                    runStart = i + 1;
                }
            } else {
                // The loop counts one per byte; a sequence counts its UTF-16 characters.
                run += utf8(value & 0xFF, i) - 1;
            }
            i++;
        }
        run += to - runStart;
        checkRun(run);
        return to;
    }

    /**
     * Marks the bytes of a little-endian word that are {@code <} or not ASCII: their top bit is
     * set in the result. Bytes above the lowest marked one may be marked wrongly, so callers use
     * only the lowest mark.
     */
    private static long specialBytes(long word) {
        long lessThan = word ^ 0x3C3C3C3C3C3C3C3CL;
        lessThan = (lessThan - 0x0101010101010101L) & ~lessThan;
        return (lessThan | word) & 0x8080808080808080L;
    }

    private int lessThan(long characters, int index) throws MarkupLimitException {
        checkRun(characters);
        run = 0;
        state = State.AFTER_LT;
        return index + 1;
    }

    /**
     * Validates one byte of UTF-8, found at {@code index} of the buffer being scanned.
     *
     * @return how many UTF-16 characters the sequence this byte starts decodes to: 0 for a
     *     continuation byte, 2 for the lead byte of a four-byte sequence, else 1
     */
    private int utf8(int value, int index) throws InvalidUtf8Exception {
        if (pending > 0) {
            if (value < lowest || value > highest) {
                throw new InvalidUtf8Exception(leadIndex, leadValue);
            }
            pending--;
            lowest = 0x80;
            highest = 0xBF;
            return 0;
        }
        if (value < 0x80) {
            return 1;
        }
        if (value < 0xC2 || value > 0xF4) {
            throw new InvalidUtf8Exception(index, value);
        }
        leadIndex = index;
        leadValue = value;
        if (value < 0xE0) {
            pending = 1;
            return 1;
        }
        if (value < 0xF0) {
            pending = 2;
            lowest = value == 0xE0 ? 0xA0 : 0x80;
            highest = value == 0xED ? 0x9F : 0xBF;
            return 1;
        }
        pending = 3;
        lowest = value == 0xF0 ? 0x90 : 0x80;
        highest = value == 0xF4 ? 0x8F : 0xBF;
        return 2;
    }

    private void checkRun(long characters) throws MarkupLimitException {
        if (characters > maxRun) {
            throw new MarkupLimitException("tag or text", maxRun);
        }
    }

    private int afterLt(char c, int index) {
        if (c == '!' || c == '?') {
            state = State.OPENING;
            opening.setLength(0);
            length = 1;
            return index;
        }
        state = State.FAST;
        return index;
    }

    private int opening(char c, int units, int index) {
        opening.append(c);
        length += units;
        String seen = opening.toString();
        if (seen.equals("!--")) {
            enter(State.COMMENT);
        } else if (seen.equals("![CDATA[")) {
            enter(State.CDATA);
        } else if (seen.equals("!DOCTYPE")) {
            enter(State.DOCTYPE);
        } else if (seen.equals("?")) {
            enter(State.PI);
        } else if (!"![CDATA[".startsWith(seen) && !"!DOCTYPE".startsWith(seen)
                && !"!--".startsWith(seen)) {
            state = State.FAST;
            run = length;
        }
        return index + 1;
    }

    private void enter(State next) {
        state = next;
        tail = 0;
        quote = 0;
        bracketDepth = 0;
    }

    private int construct(char c, int units, int index) throws MarkupLimitException {
        length += units;
        if (length > maxConstruct) {
            throw new MarkupLimitException(name(state), maxConstruct);
        }
        boolean ends = switch (state) {
            case COMMENT -> endsWith(c, '-', '>');
            case CDATA -> endsWith(c, ']', '>');
            case PI -> endsPi(c);
            default -> endsDoctype(c);
        };
        if (ends) {
            state = State.FAST;
            run = 0;
        }
        return index + 1;
    }

    /** Tracks "--&gt;" or "]]&gt;": two of the marker character followed by '&gt;'. */
    private boolean endsWith(char c, char marker, char end) {
        if (c == end && tail >= 2) {
            return true;
        }
        tail = c == marker ? tail + 1 : 0;
        return false;
    }

    private boolean endsPi(char c) {
        boolean ends = c == '>' && tail > 0;
        tail = c == '?' ? 1 : 0;
        return ends;
    }

    private boolean endsDoctype(char c) {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            }
            return false;
        }
        switch (c) {
            case '"', '\'' -> quote = c;
            case '[' -> bracketDepth++;
            case ']' -> bracketDepth--;
            case '>' -> {
                return bracketDepth <= 0;
            }
            default -> { }
        }
        return false;
    }

    private static String name(State state) {
        return switch (state) {
            case COMMENT -> "comment";
            case CDATA -> "CDATA section";
            case PI -> "processing instruction";
            default -> "DOCTYPE declaration";
        };
    }

    /**
     * A byte that does not start a valid UTF-8 sequence, or the end of the input inside a
     * multi-byte sequence. For a lead byte followed by a wrong continuation byte, the lead byte is
     * the one reported.
     */
    static final class InvalidUtf8Exception extends MalformedInputException {

        private static final long serialVersionUID = 1L;

        private final int index;
        private final int value;

        /**
         * Creates the failure.
         *
         * @param index the offset of the byte in the scanned buffer, or -1 at the end of input
         * @param value the byte as 0 to 255, or -1 at the end of input
         */
        InvalidUtf8Exception(int index, int value) {
            super(1);
            this.index = index;
            this.value = value;
        }

        /** Returns the offset of the byte in the scanned buffer, or -1 at the end of input. */
        int index() {
            return index;
        }

        /** Returns the byte as 0 to 255, or -1 when the input ended inside a sequence. */
        int value() {
            return value;
        }

        @Override
        public String getMessage() {
            return value < 0 ? "the input ends inside a UTF-8 sequence"
                    : String.format(Locale.ROOT, "byte 0x%02X does not start a valid UTF-8"
                            + " sequence", value);
        }
    }

    /** A markup construct is longer than the limit allows. */
    static final class MarkupLimitException extends IOException {

        private static final long serialVersionUID = 1L;

        private final String construct;
        private final long limit;

        MarkupLimitException(String construct, long limit) {
            super("a " + construct + " is longer than " + limit + " characters");
            this.construct = construct;
            this.limit = limit;
        }

        String construct() {
            return construct;
        }

        long limit() {
            return limit;
        }
    }
}
