package io.github.receivables.reconciliation.camt.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the length of every XML construct before the parser reads it. The JDK parser delivers
 * long text content in chunks, but it gathers a whole tag, attribute value, comment, processing
 * instruction, CDATA section or DOCTYPE in memory. This reader fails as soon as one of them grows
 * past its limit, so a hostile file cannot make the parser buffer gigabytes.
 *
 * <p>Tags and text cannot contain {@code <} (XML forbids it in attribute values), so for them it
 * is enough to bound the run of characters between two {@code <}; that fast path costs one
 * comparison per character. Comments, CDATA sections, processing instructions and DOCTYPE may
 * contain {@code <}, so they are followed by a small state machine up to their end marker.
 * Not thread-safe.
 */
final class MarkupGuardReader extends FilterReader {

    /**
     * Extra room beyond the field limit for a run between two {@code <}: a start tag with its
     * namespace declarations, or a text node, which the cursor limits more precisely while the
     * parser delivers it.
     */
    static final int RUN_ALLOWANCE = 65_536;

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

    /**
     * Wraps a reader.
     *
     * @param input the decoded document
     * @param maxFieldLength the longest comment, CDATA section, processing instruction or DOCTYPE
     *     accepted; runs between two {@code <} get {@link #RUN_ALLOWANCE} more
     */
    MarkupGuardReader(Reader input, int maxFieldLength) {
        super(input);
        this.maxConstruct = maxFieldLength;
        this.maxRun = (long) maxFieldLength + RUN_ALLOWANCE;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        if (read > 0) {
            scan(buffer, offset, offset + read);
        }
        return read;
    }

    private void scan(char[] buffer, int from, int to) throws MarkupLimitException {
        int i = from;
        while (i < to) {
            switch (state) {
                case FAST -> i = fast(buffer, i, to);
                case AFTER_LT -> i = afterLt(buffer[i], i);
                case OPENING -> i = opening(buffer[i], i);
                default -> i = construct(buffer[i], i);
            }
        }
    }

    /** Scans tags and text, bounding the run since the last '<'. */
    private int fast(char[] buffer, int from, int to) throws MarkupLimitException {
        int runStart = from;
        for (int i = from; i < to; i++) {
            if (buffer[i] == '<') {
                checkRun(run + (i - runStart));
                run = 0;
                state = State.AFTER_LT;
                return i + 1;
            }
        }
        run += to - runStart;
        checkRun(run);
        return to;
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

    private int opening(char c, int index) {
        opening.append(c);
        length++;
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

    private int construct(char c, int index) throws MarkupLimitException {
        if (++length > maxConstruct) {
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
