package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.text.LineSource;
import io.github.receivables.reconciliation.text.StatementSink;
import java.nio.charset.StandardCharsets;

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

    private static final byte[] DASH = {'-'};

    private final LineSource lines;
    private final StatementSink sink;
    private final Mt940Options options;
    private final FieldText fieldText = new FieldText();
    private final InformationParser informationParser = new InformationParser();
    /** One byte per char of a line that had to be decoded, written by {@link #toLatin1}. */
    private byte[] decoded = new byte[256];
    private Mt940Statement statement;
    private String fieldTag;
    private long fieldLine;
    private boolean pendingDash;
    private String messageType;
    private long statements;

    Mt940Parser(LineSource lines, StatementHandler handler, Mt940Options options) {
        this.lines = lines;
        this.sink = new StatementSink(handler, options.limits());
        this.options = options;
    }

    void run() {
        int length;
        while ((length = lines.nextBytes()) >= 0) {
            String text = lines.decodedLine();
            if (text == null) {
                handleUnwrapped(lines.bytes(), lines.bytesStart(), length, null);
            } else {
                handleUnwrapped(toLatin1(text), 0, length, wideOrNull(text));
            }
        }
        endStatement();
        if (statements == 0) {
            throw new MalformedStatementException(lines.position(""),
                    "no statement found; expected a :20: field to start an MT940 statement");
        }
    }

    /** Removes SOH, ETX, SUB and a byte order mark around the line and handles the rest. */
    private void handleUnwrapped(byte[] line, int start, int length, String wideLine) {
        int from = start;
        int to = start + length;
        while (from < to && isWrapper(line[from])) {
            from++;
        }
        while (to > from && isWrapper(line[to - 1])) {
            to--;
        }
        handle(line, from, to, wideLine);
    }

    /**
     * Handles the line {@code line[from, to)}: ISO-8859-1 chars, one byte each, valid until the
     * next line is read. When the line contains a char above U+00FF, {@code wideLine} is its
     * decoded text, with chars at the same indexes, and the bytes replace those chars as
     * {@link #toLatin1} describes. Otherwise it is null.
     */
    private void handle(byte[] line, int from, int to, String wideLine) {
        if (pendingDash) {
            pendingDash = false;
            if (fieldTag != null && isContinuation(line, from, to)) {
                appendLine(DASH, 0, 1, null);
                appendLine(line, from, to, wideLine);
                return;
            }
            endStatement();
        }
        int start = TextRanges.stripStart(line, from, to);
        int end = TextRanges.stripEnd(line, start, to);
        if (start == end) {
            return;
        }
        String tag;
        byte first = line[start];
        if (first == '{') {
            block(text(line, start, end, wideLine));
        } else if (first == '-' && (end - start == 1 || line[start + 1] == '}')) {
            if (end - start == 1) {
                dash();
            } else {
                endStatement();
            }
        } else if (first == '}' && end - start == 1) {
            endStatement();
        } else if (first == ':' && (tag = tagOf(line, start, end)) != null) {
            field(tag);
            fieldText.start(line, start + tag.length() + 2, end, wideLine);
        } else if (fieldTag != null) {
            appendLine(line, from, to, wideLine);
        } else if (!isPreamble(text(line, start, end, wideLine))) {
            sink.warning(lines.position(""), "line outside a statement ignored");
        }
    }

    /** Finishes the current field and starts one with this tag, whose text follows. */
    private void field(String tag) {
        finishField();
        if (tag.equals("20")) {
            endStatement();
            statement = new Mt940Statement(sink, options, lines.position(":20:"), messageType,
                    informationParser);
        } else if (statement == null) {
            throw new MalformedStatementException(lines.position(":" + tag + ":"),
                    "field :" + tag + ": outside a statement; expected :20: to start a statement");
        }
        fieldTag = tag;
        fieldLine = lines.lineNumber();
    }

    /**
     * Appends a continuation line. The lines of an :86: field are joined without a separator and
     * their ends kept, so that its parser needs no copy without line feeds. Other fields keep a
     * line feed between lines. Either way the limit counts one char per line break.
     */
    private void appendLine(byte[] line, int from, int to, String wideLine) {
        boolean information = fieldTag.equals("86");
        if (information) {
            fieldText.appendJoined(line, from, to, wideLine);
        } else {
            fieldText.appendOnNewLine(line, from, to, wideLine);
        }
        int length = fieldText.length() + (information ? fieldText.lineEndCount() : 0);
        if (length > options.limits().maxFieldLength()) {
            sink.checkFieldLength(length,
                    new SourcePosition(lines.source(), fieldLine, 0, ":" + fieldTag + ":"));
        }
    }

    private void finishField() {
        if (fieldTag != null) {
            String tag = fieldTag;
            fieldTag = null;
            String text = fieldText.text();
            if (tag.equals("86")) {
                statement.information(new InformationField(text, fieldText.lineEnds()),
                        fieldLine);
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
                handle(toLatin1(rest), 0, rest.length(), wideOrNull(rest));
            }
        }
    }

    private static boolean isContinuation(byte[] line, int from, int to) {
        int start = TextRanges.stripStart(line, from, to);
        int end = TextRanges.stripEnd(line, start, to);
        if (start == end) {
            return false;
        }
        byte first = line[start];
        return first != '{'
                && !(first == '-' && (end - start == 1 || line[start + 1] == '}'))
                && !(first == ':' && tagOf(line, start, end) != null);
    }

    /**
     * Writes the chars of a decoded line into {@link #decoded}, one byte each. A char above
     * U+00FF becomes a byte of the same kind for this parser: the byte order mark becomes SOH,
     * which is removed around lines alike, white space becomes a space, and any other char 0xFF,
     * which is neither. The chars themselves are taken from the decoded text.
     */
    private byte[] toLatin1(String text) {
        int length = text.length();
        if (length > decoded.length) {
            decoded = new byte[Math.max(length, decoded.length * 2)];
        }
        byte[] bytes = decoded;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            bytes[i] = c <= '\u00ff' ? (byte) c
                    : c == '\ufeff' ? 1 : Character.isWhitespace(c) ? (byte) ' ' : (byte) 0xff;
        }
        return bytes;
    }

    /** Returns the text when it contains a char above U+00FF, else null. */
    private static String wideOrNull(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > '\u00ff') {
                return text;
            }
        }
        return null;
    }

    /** Returns the chars {@code [from, to)} of a line as a string. */
    private static String text(byte[] line, int from, int to, String wideLine) {
        return wideLine != null ? wideLine.substring(from, to)
                : new String(line, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * Tells whether a line is one that banks write before a statement: {@code :940:}, a message
     * type such as {@code 940}, or the sender's BIC (ABN AMRO).
     */
    private static boolean isPreamble(String line) {
        return line.equals(":940:") || line.equals(":942:") || line.equals("940")
                || line.equals("942") || Accounts.isBic(line);
    }

    /**
     * Returns the tag that starts {@code line[from, to)}, such as {@code 61} for {@code :61:...}
     * or {@code NS} for {@code :NS:...}, or null when it starts with none.
     */
    private static String tagOf(byte[] line, int from, int to) {
        if (to - from < 4 || line[from] != ':') {
            return null;
        }
        int close;
        if (line[from + 3] == ':') {
            close = 3;
        } else if (to - from > 4 && line[from + 4] == ':') {
            close = 4;
        } else {
            return null;
        }
        if (!isTagChar(line[from + 1]) || !isTagChar(line[from + 2])) {
            return null;
        }
        if (close == 4 && !(line[from + 3] >= 'A' && line[from + 3] <= 'Z')) {
            return null;
        }
        for (String known : KNOWN_TAGS) {
            if (known.length() == close - 1 && startsWith(line, from + 1, known)) {
                return known;
            }
        }
        return new String(line, from + 1, close - 1, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] line, int from, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (line[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTagChar(byte b) {
        return b >= '0' && b <= '9' || b >= 'A' && b <= 'Z';
    }

    /** Tells whether a byte is SOH, ETX or SUB, which wrap messages sent over some channels. */
    private static boolean isWrapper(byte b) {
        return b == 1 || b == 3 || b == 0x1a;
    }
}
