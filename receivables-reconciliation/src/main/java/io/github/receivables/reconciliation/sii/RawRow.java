package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.util.HashMap;
import java.util.Map;

/** The fields of one repeated XML group, such as a Referencia row, keyed by relative path. */
final class RawRow {

    private final String group;
    private final SourcePosition position;
    private final Map<String, Raw> fields = new HashMap<>();

    RawRow(String group, SourcePosition position) {
        this.group = group;
        this.position = position;
    }

    void put(String key, Raw value) {
        fields.put(key, value);
    }

    /** Returns the field, or null when the element is absent or empty. */
    Raw get(String key) {
        return fields.get(key);
    }

    String text(String key) {
        Raw raw = fields.get(key);
        return raw == null ? null : raw.text();
    }

    Raw require(String key, String expected) {
        Raw raw = fields.get(key);
        if (raw == null) {
            throw new MalformedStatementException(position, group + " has no " + key
                    + ": expected " + expected);
        }
        return raw;
    }

    SourcePosition position() {
        return position;
    }
}
