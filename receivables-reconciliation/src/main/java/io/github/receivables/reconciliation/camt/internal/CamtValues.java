package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.StatementAmount;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/** Parses the simple camt value types; every failure names the element and the expected form. */
final class CamtValues {

    private static final String[] STATUS_CODES = {"BOOK", "PDNG", "INFO", "FUTR"};

    private CamtValues() {}

    /** Reads an amount element such as {@code <Amt Ccy="CHF">12.50</Amt>}, keeping its scale. */
    static StatementAmount amount(XmlCursor cursor) {
        String currency = cursor.attribute("Ccy");
        TextValue value = cursor.readValue(false);
        if (currency == null) {
            throw cursor.invalidValue("the amount " + value + " has no Ccy"
                    + " attribute; expected a currency such as Ccy=\"EUR\"");
        }
        return new StatementAmount(decimal(cursor, value), currency(cursor, currency.trim()));
    }

    /** Parses a non-negative decimal as written, such as {@code 18.150}. */
    private static BigDecimal decimal(XmlCursor cursor, TextValue value) {
        char[] chars = value.chars();
        int start = value.start();
        int length = value.length();
        int digits = 0;
        int dots = 0;
        for (int i = start; i < start + length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                dots++;
            } else {
                digits = -1;
                break;
            }
        }
        if (digits <= 0 || dots > 1) {
            throw cursor.invalidValue("the amount '" + value + "' is not a decimal"
                    + " number; expected digits with an optional decimal point, such as 1234.56");
        }
        return new BigDecimal(chars, start, length);
    }

    /** Checks an ISO 4217 alphabetic currency code. */
    static String currency(XmlCursor cursor, String code) {
        boolean valid = code.length() == 3;
        for (int i = 0; valid && i < 3; i++) {
            char c = code.charAt(i);
            valid = c >= 'A' && c <= 'Z';
        }
        if (!valid) {
            throw cursor.invalidValue("the currency '" + code + "' is not an ISO 4217 code;"
                    + " expected three capital letters such as EUR");
        }
        return code;
    }

    /**
     * Parses a date written as ISO date or date-time, keeping the calendar date as written; a
     * date-time is never shifted to another zone.
     */
    static LocalDate date(XmlCursor cursor, String value) {
        try {
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                return LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10));
            }
            DateTimeFormatter format = value.indexOf('T') > 0
                    ? DateTimeFormatter.ISO_DATE_TIME : DateTimeFormatter.ISO_DATE;
            return LocalDate.from(format.parse(value));
        } catch (DateTimeException | NumberFormatException e) {
            throw invalidDate(cursor, value);
        }
    }

    /**
     * Reads a date element such as {@code BookgDt}, written as text or as a {@code Dt} or
     * {@code DtTm} child, as {@link #date(XmlCursor, String)} does.
     */
    static LocalDate date(XmlCursor cursor) {
        TextValue value = cursor.readValue(true);
        char[] chars = value.chars();
        int start = value.start();
        if (value.length() != 10 || chars[start + 4] != '-' || chars[start + 7] != '-') {
            return date(cursor, value.toString());
        }
        try {
            return LocalDate.of(number(chars, start, 4), number(chars, start + 5, 2),
                    number(chars, start + 8, 2));
        } catch (DateTimeException | NumberFormatException e) {
            throw invalidDate(cursor, value.toString());
        }
    }

    private static InvalidValueException invalidDate(XmlCursor cursor, String value) {
        return cursor.invalidValue("the date '" + value + "' is invalid; expected YYYY-MM-DD"
                + " or an ISO date-time such as 2024-01-31T10:15:00");
    }

    /** Parses an ISO date-time; returns null when the file gives no UTC offset. */
    static OffsetDateTime dateTime(XmlCursor cursor, String value) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(value);
            return parsed.isSupported(ChronoField.OFFSET_SECONDS) ? OffsetDateTime.from(parsed) : null;
        } catch (DateTimeException e) {
            throw cursor.invalidValue("the date-time '" + value + "' is invalid; expected an ISO"
                    + " date-time such as 2024-01-31T10:15:00+01:00");
        }
    }

    /** Reads a credit/debit indicator element: {@code CRDT} or {@code DBIT}. */
    static CreditDebit creditDebit(XmlCursor cursor) {
        TextValue value = cursor.readValue(false);
        if (value.is("CRDT")) {
            return CreditDebit.CREDIT;
        }
        if (value.is("DBIT")) {
            return CreditDebit.DEBIT;
        }
        throw cursor.invalidValue("the credit/debit indicator '" + value
                + "' is invalid; expected CRDT or DBIT");
    }

    /** Parses an XML boolean. */
    static boolean indicator(XmlCursor cursor, String value) {
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw cursor.invalidValue("the indicator '" + value
                    + "' is invalid; expected true or false");
        };
    }

    /**
     * Reads an entry status, written as text or as a {@code Cd} child, and returns its code.
     *
     * @return the code as written, such as {@code BOOK}
     */
    static String statusCode(XmlCursor cursor) {
        TextValue value = cursor.readValue(true);
        for (String known : STATUS_CODES) {
            if (value.is(known)) {
                return known;
            }
        }
        throw cursor.invalidValue("the entry status '" + value
                + "' is invalid; expected BOOK, PDNG, INFO or FUTR");
    }

    /**
     * Returns the status of a code that {@link #statusCode(XmlCursor)} returned. FUTR
     * (future-dated, version 8 on) counts as information.
     */
    static EntryStatus status(String code) {
        return switch (code) {
            case "BOOK" -> EntryStatus.BOOKED;
            case "PDNG" -> EntryStatus.PENDING;
            default -> EntryStatus.INFO;
        };
    }

    /** Parses a decimal count such as {@code NbOfTxs}. */
    static int count(XmlCursor cursor, String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw cursor.invalidValue("the count '" + value + "' is invalid;"
                + " expected a non-negative whole number");
    }

    private static int number(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            result = result * 10 + digit(value.charAt(i));
        }
        return result;
    }

    private static int number(char[] chars, int from, int length) {
        int result = 0;
        for (int i = from; i < from + length; i++) {
            result = result * 10 + digit(chars[i]);
        }
        return result;
    }

    private static int digit(char c) {
        if (c < '0' || c > '9') {
            throw new NumberFormatException("not a digit: " + c);
        }
        return c - '0';
    }
}
