package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.text.LineSource;
import io.github.receivables.reconciliation.text.StatementSink;

/**
 * Splits BAI2 lines into physical records and fields, and joins 88 continuation records to the
 * record they continue, so the parser reads one logical record field by field.
 *
 * <p>A field ends at a comma. A slash ends the record only when the rest of the line is blank or
 * starts another record ({@code 01}, {@code 02}, {@code 03}, {@code 16}, {@code 49}, {@code 88},
 * {@code 98} or {@code 99} followed by a comma), so references such as {@code AB/GS/0001} keep
 * their slashes and several records may share one line. The text field of a 16 record runs to the
 * end of its line, less one closing slash, so text may contain slashes and commas.
 */
final class Bai2Lexer {

    private final LineSource lines;
    private final StatementSink sink;
    private final boolean lenient;
    private String line;
    private int pos;
    private String code;
    private long codeLine;
    private boolean recordEnded = true;
    private long physicalRecords;

    Bai2Lexer(LineSource lines, StatementSink sink, boolean lenient) {
        this.lines = lines;
        this.sink = sink;
        this.lenient = lenient;
    }

    /** Moves to the next record that is not a continuation; returns its code, or null at end. */
    String nextRecord() {
        skipRecord();
        while (continues()) {
            enterContinuation();
            skipRecord();
        }
        if (!advanceToRecordStart()) {
            code = null;
            return null;
        }
        readCode();
        return code;
    }

    /** Returns the code of the current record, such as {@code 16}. */
    String code() {
        return code;
    }

    /** Returns the number of physical records read so far, 88 continuations included. */
    long physicalRecords() {
        return physicalRecords;
    }

    SourcePosition position() {
        return new SourcePosition(lines.source(), codeLine, 0, "record " + code);
    }

    /** Tells whether another field follows in this record or in an 88 continuation. */
    boolean hasField() {
        return !recordEnded || continues();
    }

    /** Reads the next field of the logical record; returns "" when the record has no more. */
    String field() {
        if (recordEnded) {
            if (!continues()) {
                return "";
            }
            enterContinuation();
        }
        int start = pos;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == ',') {
                pos++;
                return line.substring(start, pos - 1);
            }
            if (c == '/' && endsRecord(pos + 1)) {
                String value = line.substring(start, pos);
                endRecordAfterSlash();
                return value;
            }
            pos++;
        }
        recordEnded = true;
        return line.substring(start);
    }

    /**
     * Reads free text: the rest of this line less one closing slash, or the text of the next 88
     * continuation when this record has ended. Returns null when no text follows.
     */
    String text() {
        if (recordEnded) {
            if (!continues()) {
                return null;
            }
            enterContinuation();
        }
        String rest = line.substring(pos).stripTrailing();
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        pos = line.length();
        recordEnded = true;
        return rest.strip();
    }

    /**
     * Tells whether the current record has ended and the next record is an 88 continuation.
     * Before the first record there is nothing to continue, so a leading 88 is read as a record
     * and the parser rejects it as a missing 01 file header.
     */
    boolean continues() {
        if (!recordEnded || physicalRecords == 0) {
            return false;
        }
        if (!advanceToRecordStart()) {
            return false;
        }
        return line.startsWith("88", pos);
    }

    private void enterContinuation() {
        readCode();
    }

    private void skipRecord() {
        while (!recordEnded) {
            field();
        }
    }

    /** Skips blank rest of line and blank lines; returns false at the end of the input. */
    private boolean advanceToRecordStart() {
        while (true) {
            if (line != null) {
                while (pos < line.length() && line.charAt(pos) == ' ') {
                    pos++;
                }
                if (pos < line.length()) {
                    return true;
                }
            }
            line = lines.nextLine();
            pos = 0;
            if (line == null) {
                return false;
            }
        }
    }

    private void readCode() {
        codeLine = lines.lineNumber();
        if (pos + 3 > line.length() || !isDigit(line.charAt(pos))
                || !isDigit(line.charAt(pos + 1))) {
            throw new MalformedStatementException(
                    new SourcePosition(lines.source(), codeLine, pos + 1, ""),
                    "invalid record start '" + excerpt() + "': expected a two-digit record code"
                            + " and a comma, such as 16,");
        }
        code = line.substring(pos, pos + 2);
        char separator = line.charAt(pos + 2);
        if (separator != ',') {
            if (!lenient || separator != ':') {
                throw new MalformedStatementException(position(), "invalid separator '"
                        + separator + "' after record code " + code + ": expected a comma");
            }
            sink.warning(position(), "record code " + code + " followed by ':' instead of ','"
                    + "; read as a comma because the lenient option is set");
        }
        pos += 3;
        recordEnded = false;
        physicalRecords++;
    }

    private boolean endsRecord(int after) {
        int i = after;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i == line.length()) {
            return true;
        }
        if (i + 2 >= line.length() || line.charAt(i + 2) != ',') {
            return false;
        }
        String next = line.substring(i, i + 2);
        return switch (next) {
            case "01", "02", "03", "16", "49", "88", "98", "99" -> true;
            default -> false;
        };
    }

    private void endRecordAfterSlash() {
        pos++;
        recordEnded = true;
    }

    private String excerpt() {
        return line.substring(pos, Math.min(line.length(), pos + 8));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
