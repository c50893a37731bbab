package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into rows of fields, one row at a time. Fields may be quoted with double
 * quotes (a doubled quote inside stands for one), and a quoted field may span lines. A row
 * longer than the limit fails before it is buffered whole.
 */
final class CsvLineReader {

    private static final int NONE = -2;

    private final Reader reader;
    private final char separator;
    private final int maxRowLength;
    private final String source;
    private long lineNumber;
    private long rowStartLine;
    private int pending = NONE;

    CsvLineReader(Reader reader, char separator, int maxRowLength, String source) {
        this.reader = reader;
        this.separator = separator;
        this.maxRowLength = maxRowLength;
        this.source = source;
    }

    /** Returns the fields of the next row, or null at the end of the input. */
    List<String> next() throws IOException {
        int first = read();
        if (first < 0) {
            return null;
        }
        unread(first);
        lineNumber++;
        rowStartLine = lineNumber;
        return readFields();
    }

    /** Returns the line on which the last row returned starts, 1-based. */
    long rowLine() {
        return rowStartLine;
    }

    private List<String> readFields() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int length = 0;
        for (int c = read(); c >= 0; c = read()) {
            if (++length > maxRowLength) {
                throw new LimitExceededException(new SourcePosition(source, rowStartLine, 0, ""),
                        "row is longer than the limit of " + maxRowLength + " characters");
            }
            if (quoted) {
                quoted = appendQuoted(field, c);
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                skipLineFeedAfter(c);
                break;
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else {
                field.append((char) c);
            }
        }
        if (quoted) {
            throw new MalformedStatementException(new SourcePosition(source, rowStartLine, 0, ""),
                    "a quoted field has no closing quote before the end of the file: expected"
                    + " \" after the field, with quotes inside it doubled");
        }
        fields.add(field.toString());
        return fields;
    }

    private boolean appendQuoted(StringBuilder field, int c) throws IOException {
        if (c != '"') {
            if (c == '\n') {
                lineNumber++;
            }
            field.append((char) c);
            return true;
        }
        int next = read();
        if (next == '"') {
            field.append('"');
            return true;
        }
        unread(next);
        return false;
    }

    private void skipLineFeedAfter(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
    }

    private int read() throws IOException {
        if (pending != NONE) {
            int c = pending;
            pending = NONE;
            return c;
        }
        return reader.read();
    }

    private void unread(int c) {
        pending = c;
    }
}
