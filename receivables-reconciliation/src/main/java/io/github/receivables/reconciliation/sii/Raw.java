package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigDecimal;

/**
 * The stripped text of one field and where it was read, kept until the whole document is known
 * (amounts need the currency, which may come later in the file).
 */
record Raw(String text, SourcePosition position) {

    BigDecimal decimal(String field) {
        return SiiValues.parseDecimal(text, position, field);
    }

    InvalidValueException invalid(String field, String expected) {
        return SiiValues.invalid(position, field, text, expected);
    }
}
