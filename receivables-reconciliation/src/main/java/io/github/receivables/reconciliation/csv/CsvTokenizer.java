package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records, one at a time. Quoted fields may contain the delimiter,
 * doubled quotes and line breaks; records end at CR, LF or CRLF. A quote inside an unquoted field
 * is kept as text. After a closing quote only spaces, the delimiter or a line end may follow.
 * Memory is bounded by the longest record: each field by {@code maxFieldLength} characters and a
 * record by {@value #MAX_FIELDS} fields. Not thread-safe.
 */
final class CsvTokenizer {

    /** The maximum number of fields in one record, equal to the column limit of Excel. */
    static final int MAX_FIELDS = 16_384;

    private static final int END = -1;

    private final Reader reader;
    private final char delimiter;
    private final int quote;
    private final int maxFieldLength;
    private final String source;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int pushedBack = Integer.MIN_VALUE;
    private long line = 1;
    private long column;
    private long recordLine;
    private long recordNumber;
    private boolean finished;

    CsvTokenizer(Reader reader, char delimiter, Character quote, int maxFieldLength, String source) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.quote = quote == null ? Integer.MIN_VALUE : quote;
        this.maxFieldLength = maxFieldLength;
        this.source = source;
    }

    /** Returns the 1-based line where the last record returned starts. */
    long recordLine() {
        return recordLine;
    }

    /** Returns the 1-based number of the last record returned. */
    long recordNumber() {
        return recordNumber;
    }

    /**
     * Reads the next record.
     *
     * @return the fields, or null at the end of the input
     * @throws MalformedStatementException if a quoted field is not closed or is followed by text
     * @throws LimitExceededException if a field or a record is too long
     */
    List<String> next() throws IOException {
        if (finished) {
            return null;
        }
        int c = read();
        if (c == END) {
            finished = true;
            return null;
        }
        unread(c);
        recordLine = line;
        recordNumber++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            boolean endOfRecord = readField(field);
            if (fields.size() == MAX_FIELDS) {
                throw new LimitExceededException(at(), "a record has more than " + MAX_FIELDS
                        + " fields; check the delimiter in the mapping");
            }
            fields.add(field.toString());
            field.setLength(0);
            if (endOfRecord) {
                return fields;
            }
        }
    }

    /** Reads one field into {@code field}; returns true when the record ends after it. */
    private boolean readField(StringBuilder field) throws IOException {
        int c = read();
        if (c == quote) {
            return readQuoted(field);
        }
        while (true) {
            if (c == delimiter) {
                return false;
            }
            if (c == END || isLineEnd(c)) {
                return true;
            }
            append(field, (char) c);
            c = read();
        }
    }

    private boolean readQuoted(StringBuilder field) throws IOException {
        long openLine = line;
        long openColumn = column;
        while (true) {
            int c = read();
            if (c == END) {
                throw new MalformedStatementException(
                        new SourcePosition(source, openLine, openColumn, ""),
                        "the quoted field opened here is never closed; the file may be truncated");
            }
            if (c == quote) {
                int next = read();
                if (next == quote) {
                    append(field, (char) quote);
                    continue;
                }
                return afterClosingQuote(next);
            }
            append(field, (char) c);
            if (c == '\r') {
                int next = read();
                if (next == '\n') {
                    append(field, '\n');
                } else {
                    unread(next);
                }
            }
            if (c == '\r' || c == '\n') {
                line++;
                column = 0;
            }
        }
    }

    private boolean afterClosingQuote(int c) throws IOException {
        while (c == ' ' || c == '\t') {
            if (c == delimiter) {
                return false;
            }
            c = read();
        }
        if (c == delimiter) {
            return false;
        }
        if (c == END || isLineEnd(c)) {
            return true;
        }
        throw new MalformedStatementException(at(), "expected the delimiter '" + delimiter
                + "' or a line end after a closing quote, found '" + (char) c
                + "'; a quote inside a quoted field must be doubled");
    }

    /** Consumes a line end (CR, LF or CRLF) outside quotes and counts it. */
    private boolean isLineEnd(int c) throws IOException {
        if (c != '\r' && c != '\n') {
            return false;
        }
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
        line++;
        column = 0;
        return true;
    }

    private void append(StringBuilder field, char c) {
        if (field.length() >= maxFieldLength) {
            throw new LimitExceededException(at(), "a field is longer than " + maxFieldLength
                    + " characters; raise ReaderLimits.maxFieldLength or check the quote"
                    + " character in the mapping");
        }
        field.append(c);
    }

    private SourcePosition at() {
        return new SourcePosition(source, line, column, "row " + recordNumber);
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            column += c == END ? 0 : 1;
            return c;
        }
        if (position == limit) {
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return END;
            }
        }
        column++;
        return buffer[position++];
    }

    private void unread(int c) {
        pushedBack = c;
        column -= c == END ? 0 : 1;
    }
}
