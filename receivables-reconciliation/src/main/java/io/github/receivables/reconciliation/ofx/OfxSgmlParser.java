package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Reads the SGML body of an OFX 1.x file, where leaf elements have no end tag
 * ({@code <TRNAMT>-34.51}) and aggregates do ({@code </STMTTRN>}). An element followed by text is
 * a leaf; its end tag, if present, is skipped. An element followed directly by its own end tag is
 * an empty leaf; any other element is an aggregate. Reads tag by tag, so files written on one line
 * are read in constant memory too. Entities {@code &amp;}, {@code &lt;}, {@code &gt;},
 * {@code &quot;}, {@code &apos;}, {@code &nbsp;} and numeric references are decoded.
 */
final class OfxSgmlParser {

    /** One tag with the text that follows it up to the next tag. */
    private record Token(boolean end, String name, String text, long line) {}

    private final Reader reader;
    private final String source;
    private final int maxLength;
    private final Deque<String> open = new ArrayDeque<>();
    private long line;
    private int peeked = -2;

    OfxSgmlParser(Reader reader, String source, int maxLength, long firstLine) {
        this.reader = reader;
        this.source = source;
        this.maxLength = maxLength;
        this.line = firstLine;
    }

    void parse(OfxEvents events) {
        readText();
        Token token = next();
        while (token != null) {
            if (token.end()) {
                close(token, events);
                token = next();
                continue;
            }
            SourcePosition position = position(token);
            if (!token.text().isBlank()) {
                events.start(token.name(), position);
                events.value(token.name(), Entities.decode(token.text().strip()), position);
                events.end(token.name(), position);
                Token after = next();
                token = after != null && after.end() && after.name().equals(token.name())
                        ? next() : after;
                continue;
            }
            Token after = next();
            events.start(token.name(), position);
            if (after != null && after.end() && after.name().equals(token.name())) {
                events.value(token.name(), "", position);
                events.end(token.name(), position);
                token = next();
            } else {
                open.push(token.name());
                token = after;
            }
        }
    }

    /** Returns the line after the last one read, for the end-of-input position. */
    long line() {
        return line;
    }

    private void close(Token token, OfxEvents events) {
        if (open.isEmpty() || !open.peek().equals(token.name())) {
            throw new MalformedStatementException(position(token), "unexpected </"
                    + token.name() + ">; expected "
                    + (open.isEmpty() ? "no closing tag" : "</" + open.peek() + ">"));
        }
        open.pop();
        events.end(token.name(), position(token));
    }

    private SourcePosition position(Token token) {
        return new SourcePosition(source, token.line(), 0, token.name());
    }

    private Token next() {
        int c = read();
        if (c < 0) {
            return null;
        }
        long tagLine = line;

        StringBuilder tag = new StringBuilder();
        for (c = read(); c >= 0 && c != '>'; c = read()) {
            if (c == '<') {
                throw new MalformedStatementException(new SourcePosition(source, line, 0, ""),
                        "'<' inside a tag; expected '>' to close <" + tag + ">");
            }
            tag.append((char) c);
            checkLength(tag.length());
        }
        if (c < 0) {
            throw new MalformedStatementException(new SourcePosition(source, line, 0, ""),
                    "input ended inside a tag; expected '>'");
        }

        String name = tag.toString().strip();
        if (name.startsWith("!") || name.startsWith("?")) {
            readText();
            return next();
        }

        boolean end = name.startsWith("/");
        String plain = (end ? name.substring(1) : name).strip().toUpperCase(Locale.ROOT);
        if (plain.isEmpty() || plain.indexOf(' ') >= 0) {
            throw new MalformedStatementException(new SourcePosition(source, tagLine, 0, ""),
                    "invalid tag <" + name + ">; expected an element name such as <STMTTRN>");
        }
        return new Token(end, plain, readText(), tagLine);
    }

    /** Reads up to, not including, the next '<'. */
    private String readText() {
        StringBuilder text = new StringBuilder();
        int c = peek();
        while (c >= 0 && c != '<') {
            read();
            text.append((char) c);
            checkLength(text.length());
            c = peek();
        }
        return text.toString();
    }

    private void checkLength(int length) {
        if (length > maxLength) {
            throw new LimitExceededException(new SourcePosition(source, line, 0, ""),
                    "tag or value is longer than maxFieldLength " + maxLength
                            + " characters; raise ReaderLimits.maxFieldLength for such values");
        }
    }

    private int peek() {
        if (peeked == -2) {
            peeked = readRaw();
        }
        return peeked;
    }

    private int read() {
        int c = peek();
        peeked = -2;
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int readRaw() {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " failed", e);
        }
    }
}
