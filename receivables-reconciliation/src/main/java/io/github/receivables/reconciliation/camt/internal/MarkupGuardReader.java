package io.github.receivables.reconciliation.camt.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the length of every XML markup construct before the parser sees it. The JDK parser
 * delivers long text content in chunks, but it gathers a whole tag, comment, processing
 * instruction, CDATA section or DOCTYPE in memory; this reader fails as soon as one of them grows
 * past its limit, so a hostile file cannot make the parser buffer gigabytes.
 *
 * <p>The scan is a small state machine over the characters as they pass, without lookahead
 * buffers beyond the nine characters of {@code <![CDATA[}. Not thread-safe.
 */
final class MarkupGuardReader extends FilterReader {

    /** Extra room a start tag gets beyond the field limit for its name and namespace declarations. */
    static final int TAG_ALLOWANCE = 4096;

    private enum State { CONTENT, OPENING, TAG, COMMENT, CDATA, PI, DOCTYPE }

    private final long maxConstruct;
    private final long maxTag;
    private State state = State.CONTENT;
    private final StringBuilder opening = new StringBuilder(9);
    private long length;
    private char quote;
    private int bracketDepth;
    private int tail;

    /**
     * Wraps a reader.
     *
     * @param input the decoded document
     * @param maxFieldLength the longest comment, CDATA section, processing instruction or DOCTYPE
     *     accepted; tags get {@link #TAG_ALLOWANCE} more
     */
    MarkupGuardReader(Reader input, int maxFieldLength) {
        super(input);
        this.maxConstruct = maxFieldLength;
        this.maxTag = (long) maxFieldLength + TAG_ALLOWANCE;
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
                case CONTENT -> i = skipContent(buffer, i, to);
                case OPENING -> i = opening(buffer[i], i);
                case TAG -> i = tag(buffer, i, to);
                default -> i = construct(buffer[i], i);
            }
        }
    }

    private int skipContent(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '<') {
                state = State.OPENING;
                opening.setLength(0);
                length = 1;
                return i + 1;
            }
        }
        return to;
    }

    private int opening(char c, int index) {
        if (opening.length() == 0 && c != '!' && c != '?') {
            state = State.TAG;
            quote = 0;
            return index;
        }
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
            state = State.TAG;
            quote = 0;
            return index;
        }
        return index + 1;
    }

    private void enter(State next) {
        state = next;
        tail = 0;
        quote = 0;
        bracketDepth = 0;
    }

    private int tag(char[] buffer, int from, int to) throws MarkupLimitException {
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                state = State.CONTENT;
                return i + 1;
            }
            if (++length > maxTag) {
                throw new MarkupLimitException("tag", maxTag);
            }
        }
        return to;
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
            state = State.CONTENT;
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
