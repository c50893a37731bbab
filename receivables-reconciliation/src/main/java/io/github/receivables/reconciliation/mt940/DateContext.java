package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.text.StatementSink;

/**
 * Parsing context of one field: its place in the file, the date leniency and the warning sink.
 * The position is built only when an entry, a warning or an error needs it.
 *
 * @param source the input name
 * @param line the line of the field's tag
 * @param tag the tag without colons, such as {@code 61}
 * @param lenient whether an impossible date becomes the nearest valid one
 * @param sink receives warnings
 * @param lastDate the date built last in this statement
 */
record DateContext(String source, long line, String tag, boolean lenient, StatementSink sink,
        LastDate lastDate) {

    SourcePosition position() {
        return new SourcePosition(source, line, 0, field());
    }

    /** Returns the tag as written, such as {@code :61:}. */
    String field() {
        return tag.equals("61") ? ":61:" : ":" + tag + ":";
    }

    void warn(String message) {
        sink.warning(position(), message);
    }
}
