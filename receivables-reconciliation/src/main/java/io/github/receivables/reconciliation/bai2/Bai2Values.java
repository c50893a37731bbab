package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;

/** Parsing of BAI2 amounts, dates, times, currencies and type codes. */
final class Bai2Values {

    /** Two-digit years below this map to 20YY, the others to 19YY. */
    private static final int CENTURY_PIVOT = 80;

    private Bai2Values() {}

    /**
     * Parses a signed amount in minor units such as {@code +000000000000} or {@code -500000}.
     *
     * @return the amount in minor units, or null when the field is empty
     */
    static BigInteger minorUnits(String text, SourcePosition position, String field) {
        if (text.isEmpty()) {
            return null;
        }
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length() || text.length() > 40) {
            throw invalidAmount(text, position, field);
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalidAmount(text, position, field);
            }
        }
        return new BigInteger(text.charAt(0) == '+' ? text.substring(1) : text);
    }

    private static InvalidValueException invalidAmount(String text, SourcePosition position,
            String field) {
        return new InvalidValueException(position, "invalid " + field + " '" + text
                + "': expected an amount in minor units without decimal point, such as 125000"
                + " or -500");
    }

    /** Scales minor units to the currency's decimals: 125000 USD is 1250.00. */
    static BigDecimal scale(BigInteger minorUnits, Currency currency) {
        return new BigDecimal(minorUnits, currency.getDefaultFractionDigits());
    }

    /** Resolves an ISO 4217 code that has a minor unit scale. */
    static Currency currency(String code, SourcePosition position) {
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new InvalidValueException(position, "currency '" + code
                        + "' has no decimal scale; expected a currency such as USD or CAD");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(position, "invalid currency code '" + code
                    + "': expected an ISO 4217 code such as USD", e);
        }
    }

    /** Parses YYMMDD. */
    static LocalDate date(String text, SourcePosition position, String field) {
        if (text.length() != 6 || !digits(text)) {
            throw new InvalidValueException(position, "invalid " + field + " '" + text
                    + "': expected six digits YYMMDD");
        }
        int yy = Integer.parseInt(text.substring(0, 2));
        int year = yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy;
        try {
            return LocalDate.of(year, Integer.parseInt(text.substring(2, 4)),
                    Integer.parseInt(text.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidValueException(position, "invalid " + field + " '" + text
                    + "': no such calendar day", e);
        }
    }

    /**
     * Combines a date with an HHMM time; {@code 2400} and {@code 9999} mean the end of the day
     * and give midnight of the next day. An empty time gives the start of the day.
     */
    static LocalDateTime dateTime(LocalDate date, String time, SourcePosition position,
            String field) {
        if (time.isEmpty()) {
            return date.atStartOfDay();
        }
        if (time.equals("2400") || time.equals("9999")) {
            return date.plusDays(1).atStartOfDay();
        }
        if (time.length() != 4 || !digits(time)) {
            throw new InvalidValueException(position, "invalid " + field + " '" + time
                    + "': expected four digits HHMM");
        }
        try {
            return date.atTime(Integer.parseInt(time.substring(0, 2)),
                    Integer.parseInt(time.substring(2, 4)));
        } catch (DateTimeException e) {
            throw new InvalidValueException(position, "invalid " + field + " '" + time
                    + "': hour or minute out of range", e);
        }
    }

    /** Parses a three-digit type code. */
    static int typeCode(String text, SourcePosition position) {
        if (text.length() != 3 || !digits(text)) {
            throw new InvalidValueException(position, "invalid type code '" + text
                    + "': expected three digits such as 010 or 195");
        }
        return Integer.parseInt(text);
    }

    /** Parses a non-negative count such as an item count or a number of records. */
    static long count(String text, SourcePosition position, String field) {
        if (text.isEmpty() || text.length() > 18 || !digits(text)) {
            throw new InvalidValueException(position, "invalid " + field + " '" + text
                    + "': expected a whole number");
        }
        return Long.parseLong(text);
    }

    static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
