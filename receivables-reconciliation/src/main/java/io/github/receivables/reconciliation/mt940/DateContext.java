package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.text.StatementSink;

/**
 * Where a field is parsed, whether invalid dates are corrected, and where warnings go.
 *
 * @param position the line of the field
 * @param field the tag, such as {@code :61:}
 * @param lenient whether an impossible date becomes the nearest valid one
 * @param sink receives warnings
 */
record DateContext(SourcePosition position, String field, boolean lenient, StatementSink sink) {

    void warn(String message) {
        sink.warning(position, message);
    }
}
