package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** Parsing of SWIFT amounts and dates, shared by the field parsers. */
final class SwiftValues {

    /** Two-digit years below this map to 20YY, the others to 19YY. */
    static final int CENTURY_PIVOT = 80;

    private SwiftValues() {}

    /**
     * Returns the length of the amount that starts at {@code from}: digits and at most one comma.
     */
    static int amountLength(CharSequence text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != ',') {
                break;
            }
            i++;
        }
        return i - from;
    }

    /**
     * Parses an amount written with a decimal comma, such as {@code 1234,56}, {@code 9,} or
     * {@code 000000004433,52}.
     */
    static BigDecimal amount(String text, SourcePosition position, String field) {
        BigDecimal amount = parseAmount(text, 0, text.length());
        if (amount != null) {
            return amount;
        }
        throw invalidAmount(text, position, field);
    }

    /**
     * Parses the amount in {@code text[from, to)} like the method above, making a substring and
     * the position only for the error of an invalid amount.
     */
    static BigDecimal amount(String text, int from, int to, DateContext context) {
        BigDecimal amount = parseAmount(text, from, to);
        if (amount != null) {
            return amount;
        }
        throw invalidAmount(text.substring(from, to), context.position(), context.field());
    }

    /**
     * Parses {@code text[from, to)} in one pass. Returns null unless the range is digits with
     * exactly one comma that is not the first char.
     */
    private static BigDecimal parseAmount(String text, int from, int to) {
        long unscaled = 0;
        int comma = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                if (comma >= 0) {
                    return null;
                }
                comma = i;
            } else if (c < '0' || c > '9') {
                return null;
            } else {
                // Past 18 digits this may overflow, but then the BigDecimal constructor is used.
                unscaled = unscaled * 10 + (c - '0');
            }
        }
        // The comma is -1 when there is none.
        if (comma <= from) {
            return null;
        }
        if (to - from - 1 > 18) {
            return new BigDecimal(text.substring(from, to).replace(',', '.'));
        }
        return BigDecimal.valueOf(unscaled, to - comma - 1);
    }

    private static InvalidValueException invalidAmount(String amount, SourcePosition position,
            String field) {
        return new InvalidValueException(position, "invalid amount '" + amount + "' in " + field
                + ": expected digits with one decimal comma, such as 1234,56");
    }

    /** Parses a YYMMDD date starting at {@code from}. */
    static LocalDate date(String text, int from, DateContext context) {
        if (!digits(text, from, 6)) {
            throw new InvalidValueException(context.position(), "invalid date '"
                    + excerpt(text, from, 6) + "' in " + context.field()
                    + ": expected six digits YYMMDD");
        }
        int yy = number(text, from, 2);
        int year = yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy;
        return date(year, number(text, from + 2, 2), number(text, from + 4, 2), text, from, 6,
                context);
    }

    /**
     * Builds a date, or with the lenient option the nearest valid one: the month is clamped to
     * 1-12 and the day to the length of that month, so 30 February becomes the last day of
     * February.
     */
    static LocalDate date(int year, int month, int day, String text, int from, int length,
            DateContext context) {
        try {
            return context.lastDate().of(year, month, day);
        } catch (DateTimeException e) {
            String written = text.substring(from, from + length);
            if (!context.lenient()) {
                throw new InvalidValueException(context.position(), "invalid date '" + written
                        + "' in " + context.field() + ": no such calendar day; correct the file"
                        + " or set Mt940Options.lenientDates to use the nearest valid date", e);
            }
            int clampedMonth = Math.max(1, Math.min(12, month));
            YearMonth yearMonth = YearMonth.of(year, clampedMonth);
            int clampedDay = Math.max(1, Math.min(yearMonth.lengthOfMonth(), day));
            LocalDate nearest = yearMonth.atDay(clampedDay);
            context.warn("invalid date '" + written + "' in " + context.field()
                    + " read as " + nearest + " because lenientDates is set");
            return nearest;
        }
    }

    static boolean digits(CharSequence text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int number(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    static boolean isCurrencyCode(CharSequence text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    static String excerpt(String text, int from, int count) {
        return text.substring(Math.min(from, text.length()), Math.min(from + count, text.length()));
    }
}
