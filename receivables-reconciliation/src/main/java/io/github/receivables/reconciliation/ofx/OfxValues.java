package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Parsing of OFX amounts and date-times. */
final class OfxValues {

    private OfxValues() {}

    /**
     * Parses an amount such as {@code -34.51}, {@code 0.01}, {@code -80} or {@code 12,50}. OFX
     * allows a comma as the decimal separator; no grouping separators or currency symbols.
     */
    static BigDecimal amount(String text, String element, SourcePosition position) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int separators = 0;
        int digits = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',') {
                separators++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                digits = -1;
                break;
            }
        }
        if (digits <= 0 || separators > 1 || text.length() > 40) {
            throw new InvalidValueException(position, "invalid " + element + " '" + text
                    + "': expected a decimal amount such as -12.34");
        }
        String plain = text.charAt(0) == '+' ? text.substring(1) : text;
        return new BigDecimal(plain.replace(',', '.'));
    }

    /**
     * Parses {@code YYYYMMDD[HHMM[SS[.XXX]]][[offset[:TZ]]]}, such as
     * {@code 20130831165153.000[-8:PST]}. Without an offset the time is GMT, as OFX specifies.
     * The offset may have a fraction of an hour, such as {@code +5.30} or {@code +5.5}.
     */
    static OffsetDateTime dateTime(String text, String element, SourcePosition position) {
        try {
            int bracket = text.indexOf('[');
            String local = bracket < 0 ? text : text.substring(0, bracket);
            ZoneOffset offset = bracket < 0 ? ZoneOffset.UTC : offset(text.substring(bracket));
            return local(local).atOffset(offset);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new InvalidValueException(position, "invalid " + element + " '" + text
                    + "': expected YYYYMMDD, YYYYMMDDHHMMSS or YYYYMMDDHHMMSS.XXX, optionally"
                    + " followed by an offset such as [-8:PST]", e);
        }
    }

    private static LocalDateTime local(String text) {
        int dot = text.indexOf('.');
        String digits = dot < 0 ? text : text.substring(0, dot);
        if (!isDigits(digits) || (digits.length() != 8 && digits.length() != 12
                && digits.length() != 14)) {
            throw new IllegalArgumentException("bad length");
        }
        int nanos = 0;
        if (dot >= 0) {
            String fraction = text.substring(dot + 1);
            if (fraction.isEmpty() || fraction.length() > 9 || !isDigits(fraction)
                    || digits.length() != 14) {
                throw new IllegalArgumentException("bad fraction");
            }
            nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
        }
        int hour = digits.length() >= 12 ? number(digits, 8) : 0;
        int minute = digits.length() >= 12 ? number(digits, 10) : 0;
        int second = digits.length() == 14 ? number(digits, 12) : 0;
        return LocalDateTime.of(Integer.parseInt(digits.substring(0, 4)), number(digits, 4),
                number(digits, 6), hour, minute, second, nanos);
    }

    /**
     * Reads {@code [-8:PST]}, {@code [+5.30:IST]} or {@code [9.5]}: a fraction of two digits is
     * minutes, a fraction of one digit is tenths of an hour.
     */
    private static ZoneOffset offset(String bracketed) {
        if (!bracketed.endsWith("]")) {
            throw new IllegalArgumentException("unclosed offset");
        }
        String inner = bracketed.substring(1, bracketed.length() - 1);
        int colon = inner.indexOf(':');
        String hours = (colon < 0 ? inner : inner.substring(0, colon)).strip();
        int sign = hours.startsWith("-") ? -1 : 1;
        String unsigned = hours.startsWith("-") || hours.startsWith("+")
                ? hours.substring(1) : hours;
        int dot = unsigned.indexOf('.');
        String whole = dot < 0 ? unsigned : unsigned.substring(0, dot);
        String fraction = dot < 0 ? "" : unsigned.substring(dot + 1);
        if (!isDigits(whole) || whole.length() > 2 || fraction.length() > 2
                || (!fraction.isEmpty() && !isDigits(fraction))) {
            throw new IllegalArgumentException("bad offset");
        }
        int minutes = fraction.isEmpty() ? 0
                : fraction.length() == 1 ? Integer.parseInt(fraction) * 6
                : Integer.parseInt(fraction);
        return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(whole), sign * minutes);
    }

    private static int number(String text, int from) {
        return Integer.parseInt(text.substring(from, from + 2));
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
