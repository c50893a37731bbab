package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

/** Typed access to the values of one sales register row; errors name the row and column. */
final class RcvRowValues {

    private final RcvColumns columns;
    private final List<String> row;
    private final Function<String, SourcePosition> positions;

    RcvRowValues(RcvColumns columns, List<String> row,
            Function<String, SourcePosition> positions) {
        this.columns = columns;
        this.row = row;
        this.positions = positions;
    }

    String text(String column) {
        return columns.value(row, column);
    }

    int positiveInt(String column) {
        int value = SiiValues.parseInt(required(column), positions.apply(column), name(column));
        if (value < 1) {
            throw SiiValues.invalid(positions.apply(column), name(column), Integer.toString(value),
                    "an SII document type code of 1 or more, such as 33");
        }
        return value;
    }

    long folio(String column) {
        return SiiValues.parseFolio(required(column), positions.apply(column), name(column));
    }

    Rut rut(String column) {
        return SiiValues.parseRut(required(column), positions.apply(column), name(column));
    }

    LocalDate date(String column) {
        return SiiValues.parseSlashDate(required(column), positions.apply(column), name(column));
    }

    LocalDateTime dateTime(String column) {
        String value = text(column);
        return value == null ? null
                : SiiValues.parseSlashDateTime(value, positions.apply(column), name(column));
    }

    Money amount(String column) {
        return SiiValues.parseMoney(required(column), SiiCurrencies.CLP, positions.apply(column),
                name(column));
    }

    Money amountOrZero(String column) {
        return text(column) == null ? Money.zero(SiiCurrencies.CLP) : amount(column);
    }

    /** Returns the other tax of the row, or null when Codigo Otro Imp. is empty. */
    OtherTax otherTax() {
        String code = text(RcvColumns.OTHER_TAX_CODE);
        if (code == null) {
            return null;
        }
        String rate = text(RcvColumns.OTHER_TAX_RATE);
        return new OtherTax(
                SiiValues.parseInt(code, positions.apply(RcvColumns.OTHER_TAX_CODE),
                        name(RcvColumns.OTHER_TAX_CODE)),
                rate == null ? null : decimal(RcvColumns.OTHER_TAX_RATE, rate),
                amount(RcvColumns.OTHER_TAX_AMOUNT));
    }

    /** Returns the referenced document, or null when the type or folio is empty or zero. */
    RcvReference reference() {
        String type = text(RcvColumns.REFERENCE_TYPE);
        String folio = text(RcvColumns.REFERENCE_FOLIO);
        if (type == null || folio == null) {
            return null;
        }
        int typeCode = SiiValues.parseInt(type, positions.apply(RcvColumns.REFERENCE_TYPE),
                name(RcvColumns.REFERENCE_TYPE));
        long folioNumber = SiiValues.parseLong(folio,
                positions.apply(RcvColumns.REFERENCE_FOLIO), name(RcvColumns.REFERENCE_FOLIO));
        if (typeCode < 1 || folioNumber < 1) {
            return null;
        }
        return new RcvReference(typeCode, folioNumber);
    }

    private BigDecimal decimal(String column, String value) {
        return SiiValues.parseDecimal(value, positions.apply(column), name(column));
    }

    private String required(String column) {
        String value = text(column);
        if (value == null) {
            throw new MalformedStatementException(positions.apply(column), "column "
                    + name(column) + " is empty: every document row needs it");
        }
        return value;
    }

    private String name(String column) {
        return columns.header(column);
    }
}
