package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Supplier;

/** Converts cells to numbers, dates and currencies, with errors that name the cell. */
final class CellReader {

    private static final int SHOWN_CHARACTERS = 32;

    private final ColumnMapping mapping;
    private final ResolvedColumns columns;
    private final RowPositions positions;
    private final NumberParser numbers;
    private final DateParser dates;

    CellReader(ColumnMapping mapping, ResolvedColumns columns, RowPositions positions) {
        this.mapping = mapping;
        this.columns = columns;
        this.positions = positions;
        this.numbers = new NumberParser(mapping.decimalSeparator(), mapping.groupingSeparator());
        this.dates = new DateParser(mapping.dateFormats(), mapping.dateLocale());
    }

    RowPositions positions() {
        return positions;
    }

    /** Shortens a cell value for a message; amounts, dates and codes are never personal data. */
    static String shorten(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= SHOWN_CHARACTERS ? flat : flat.substring(0, SHOWN_CHARACTERS) + "...";
    }

    private Supplier<SourcePosition> at(TableRow row, int column) {
        return () -> positions.cell(row, column, columns.label(column));
    }

    InvalidValueException invalid(TableRow row, int column, String field, String message) {
        return new InvalidValueException(
                positions.cell(row, column, columns.label(column)), field + " " + message);
    }

    /** Reads a number; returns null for an absent column or a blank cell. */
    BigDecimal number(TableRow row, int column, String field) {
        if (column < 0) {
            return null;
        }
        return number(row.cell(column), field, at(row, column));
    }

    BigDecimal number(CellValue cell, String field, Supplier<SourcePosition> at) {
        if (cell instanceof CellValue.Number number) {
            return number.value();
        }
        if (cell instanceof CellValue.DateTime) {
            throw new InvalidValueException(at.get(), field + " contains a date where a number was"
                    + " expected; check the column in mapping '" + mapping.name() + "'");
        }
        try {
            return numbers.parse(cell.text());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(at.get(), field + " value '" + shorten(cell.text())
                    + "' is not a number: " + e.getMessage() + "; check decimalSeparator and"
                    + " groupingSeparator in mapping '" + mapping.name() + "'");
        }
    }

    /**
     * Brings a value to the currency's scale, or divides minor units by it.
     *
     * @return null when value is null
     * @throws InvalidValueException if the value has more decimals than the currency allows
     */
    BigDecimal scaled(TableRow row, int column, String field, BigDecimal value, String currency) {
        if (value == null) {
            return null;
        }
        return scaled(value, currency, field, at(row, column));
    }

    BigDecimal scaled(BigDecimal value, String currency, String field,
            Supplier<SourcePosition> at) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        try {
            if (mapping.minorUnits()) {
                return value.setScale(0, RoundingMode.UNNECESSARY).movePointLeft(digits);
            }
            return value.setScale(digits, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            String expected = mapping.minorUnits()
                    ? "a whole number of minor units"
                    : "at most " + digits + " decimals for " + currency;
            throw new InvalidValueException(at.get(), field + " value " + value.toPlainString()
                    + " has more decimals than allowed: expected " + expected);
        }
    }

    /** Reads an ISO 4217 code from a cell. */
    String currency(TableRow row, int column, String field) {
        String text = row.cell(column).text().strip().toUpperCase(Locale.ROOT);
        String problem = currencyProblem(text);
        if (problem != null) {
            throw invalid(row, column, field, problem);
        }
        return text;
    }

    /** Returns null when text is a currency code with a scale, else what is wrong. */
    static String currencyProblem(String text) {
        if (text.isEmpty()) {
            return "is empty; every amount needs an ISO 4217 currency code";
        }
        try {
            if (Currency.getInstance(text).getDefaultFractionDigits() < 0) {
                return "value '" + shorten(text) + "' is a currency without a decimal scale";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "value '" + shorten(text) + "' is not an ISO 4217 currency code";
        }
    }

    /** Reads a date; returns null for an absent column or a blank cell. */
    LocalDate date(TableRow row, int column, String field) {
        if (column < 0) {
            return null;
        }
        return date(row.cell(column), field, at(row, column));
    }

    LocalDate date(CellValue cell, String field, Supplier<SourcePosition> at) {
        if (cell instanceof CellValue.DateTime dateTime) {
            return dateTime.value().toLocalDate();
        }
        if (cell instanceof CellValue.Number) {
            throw new InvalidValueException(at.get(), field + " contains the number "
                    + cell.text() + " where a date was expected; format the column as a date"
                    + " or check the column in mapping '" + mapping.name() + "'");
        }
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = dates.parse(text);
        if (date == null) {
            throw new InvalidValueException(at.get(), field + " value '" + shorten(text)
                    + "' is not a valid date in any of the formats " + dates.patterns()
                    + "; fix the value or dateFormats in mapping '" + mapping.name() + "'");
        }
        return date;
    }
}
