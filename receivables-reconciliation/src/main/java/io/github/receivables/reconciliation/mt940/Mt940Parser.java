package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.text.LineSource;
import io.github.receivables.reconciliation.text.StatementSink;
import java.util.Arrays;

/**
 * Splits the lines of an MT940 file into fields ({@code :tag:} plus continuation lines) and
 * statements, and hands each finished field to {@link Mt940Statement}.
 *
 * <p>A statement ends at the next :20:, at a {@code -} line, at the end of SWIFT block 4 or at the
 * end of the input. Some banks wrap :86: text so that a line contains only {@code -}. Such a line
 * is read as text when the statement has no closing balance yet and the next line continues the
 * field.
 */
final class Mt940Parser {

    /** Tags returned as constants, most frequent first, so that no substring is made for them. */
    private static final String[] KNOWN_TAGS = {
        "61", "86", "20", "25", "28C", "60F", "62F", "64", "65", "60M", "62M", "28", "21",
        "34F", "13D", "90D", "90C", "NS"
    };

    private static final int[] NO_LINE_ENDS = new int[0];

    private final LineSource lines;
    private final StatementSink sink;
    private final Mt940Options options;
    private final StringBuilder fieldText = new StringBuilder(256);
    /** The index in {@link #fieldText} after each line but the last of a continued :86: field. */
    private int[] lineEnds = new int[8];
    private int lineEndCount;
    private Mt940Statement statement;
    private String fieldTag;
    private long fieldLine;
    private String fieldFirstLine;
    private int fieldContentStart;
    private boolean fieldContinued;
    private boolean pendingDash;
    private String messageType;
    private long statements;

    Mt940Parser(LineSource lines, StatementHandler handler, Mt940Options options) {
        this.lines = lines;
        this.sink = new StatementSink(handler, options.limits());
        this.options = options;
    }

    void run() {
        String line;
        while ((line = lines.nextLine()) != null) {
            handle(stripControl(line));
        }
        endStatement();
        if (statements == 0) {
            throw new MalformedStatementException(lines.position(""),
                    "no statement found; expected a :20: field to start an MT940 statement");
        }
    }

    private void handle(String line) {
        if (pendingDash) {
            pendingDash = false;
            if (fieldTag != null && isContinuation(line)) {
                appendLine("-");
                appendLine(line);
                return;
            }
            endStatement();
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        String tag;
        char first = trimmed.charAt(0);
        if (first == '{') {
            block(trimmed);
        } else if (trimmed.startsWith("-}") || trimmed.equals("}")) {
            endStatement();
        } else if (trimmed.equals("-")) {
            dash();
        } else if (first == ':' && (tag = tagOf(trimmed)) != null) {
            field(tag, trimmed, tag.length() + 2);
        } else if (fieldTag != null) {
            appendLine(line);
        } else if (!isPreamble(trimmed)) {
            sink.warning(lines.position(""), "line outside a statement ignored");
        }
    }

    private void field(String tag, String line, int contentStart) {
        finishField();
        if (tag.equals("20")) {
            endStatement();
            statement = new Mt940Statement(sink, options, lines.position(":20:"), messageType);
        } else if (statement == null) {
            throw new MalformedStatementException(lines.position(":" + tag + ":"),
                    "field :" + tag + ": outside a statement; expected :20: to start a statement");
        }
        fieldTag = tag;
        fieldLine = lines.lineNumber();
        fieldFirstLine = line;
        fieldContentStart = contentStart;
        fieldContinued = false;
    }

    /**
     * Appends a continuation line. The lines of an :86: field are joined without a separator and
     * their ends kept, so that its parser needs no copy without line feeds. Other fields keep a
     * line feed between lines. Either way the limit counts one char per line break.
     */
    private void appendLine(String line) {
        if (!fieldContinued) {
            fieldContinued = true;
            fieldText.setLength(0);
            fieldText.append(fieldFirstLine, fieldContentStart, fieldFirstLine.length());
            lineEndCount = 0;
        }
        if (fieldTag.equals("86")) {
            if (lineEndCount == lineEnds.length) {
                lineEnds = Arrays.copyOf(lineEnds, lineEndCount * 2);
            }
            lineEnds[lineEndCount++] = fieldText.length();
            fieldText.append(line);
        } else {
            fieldText.append('\n').append(line);
        }
        int length = fieldText.length() + (fieldTag.equals("86") ? lineEndCount : 0);
        if (length > options.limits().maxFieldLength()) {
            sink.checkFieldLength(length,
                    new SourcePosition(lines.source(), fieldLine, 0, ":" + fieldTag + ":"));
        }
    }

    private void finishField() {
        if (fieldTag != null) {
            String tag = fieldTag;
            fieldTag = null;
            String text = fieldContinued ? fieldText.toString()
                    : fieldFirstLine.substring(fieldContentStart);
            if (tag.equals("86")) {
                int[] ends = fieldContinued ? Arrays.copyOf(lineEnds, lineEndCount) : NO_LINE_ENDS;
                statement.information(new InformationField(text, ends), fieldLine);
            } else {
                statement.field(tag, text, fieldLine);
            }
        }
    }

    private void dash() {
        if (statement == null) {
            return;
        }
        boolean freeText = fieldTag != null && !fieldTag.startsWith("6") && !fieldTag.equals("20");
        if (freeText && !statement.hasClosing()) {
            pendingDash = true;
        } else {
            endStatement();
        }
    }

    private void endStatement() {
        finishField();
        if (statement != null) {
            statement.end();
            statement = null;
            statements++;
        }
    }

    /** Reads a SWIFT block line such as {@code {1:F01...}{2:I940...}{4:}. */
    private void block(String line) {
        if (line.contains("{1:")) {
            endStatement();
            messageType = null;
        }
        int block2 = line.indexOf("{2:");
        if (block2 >= 0 && block2 + 7 <= line.length()) {
            messageType = line.substring(block2 + 4, block2 + 7);
        }
        int block4 = line.indexOf("{4:");
        if (block4 >= 0) {
            String rest = line.substring(block4 + 3);
            if (!rest.isBlank()) {
                handle(rest);
            }
        }
    }

    private boolean isContinuation(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty()
                && trimmed.charAt(0) != '{'
                && !trimmed.equals("-")
                && !trimmed.startsWith("-}")
                && !(trimmed.charAt(0) == ':' && tagOf(trimmed) != null);
    }

    /**
     * Tells whether a line is one that banks write before a statement: {@code :940:}, a message
     * type such as {@code 940}, or the sender's BIC (ABN AMRO).
     */
    private static boolean isPreamble(String line) {
        return line.equals(":940:") || line.equals(":942:") || line.equals("940")
                || line.equals("942") || Accounts.isBic(line);
    }

    /** Returns the tag of a line such as {@code :61:...} or {@code :NS:...}, or null. */
    static String tagOf(String line) {
        if (line.length() < 4 || line.charAt(0) != ':') {
            return null;
        }
        int close = line.indexOf(':', 3);
        if (close != 3 && close != 4) {
            return null;
        }
        if (!isTagChar(line.charAt(1)) || !isTagChar(line.charAt(2))) {
            return null;
        }
        if (close == 4 && !Accounts.isUpper(line.charAt(3))) {
            return null;
        }
        for (String known : KNOWN_TAGS) {
            if (known.length() == close - 1 && line.startsWith(known, 1)) {
                return known;
            }
        }
        return line.substring(1, close);
    }

    private static boolean isTagChar(char c) {
        return Accounts.isDigit(c) || Accounts.isUpper(c);
    }

    /** Removes SOH, ETX, SUB and a byte order mark around the line. */
    private static String stripControl(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isWrapper(line.charAt(start))) {
            start++;
        }
        while (end > start && isWrapper(line.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == line.length() ? line : line.substring(start, end);
    }

    private static boolean isWrapper(char c) {
        return c <= '\u001a' ? c == '\u0001' || c == '\u0003' || c == '\u001a' : c == '\ufeff';
    }
}
