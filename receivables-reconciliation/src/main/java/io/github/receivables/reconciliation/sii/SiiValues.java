package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.InvalidTaxIdException;
import io.github.receivables.core.party.Masking;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parsers for the field values of SII files. Each failure names the field and its position. */
final class SiiValues {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}([.,]\\d{1,10})?");
    private static final DateTimeFormatter SLASH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASH_DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);

    private SiiValues() {}

    static int parseInt(String text, SourcePosition at, String field) {
        long value = parseLong(text, at, field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(at, field, text, "an integer of at most 9 digits");
        }
        return (int) value;
    }

    static long parseLong(String text, SourcePosition at, String field) {
        if (!INTEGER.matcher(text).matches()) {
            throw invalid(at, field, text, "an integer without separators, such as 1234");
        }
        return Long.parseLong(text);
    }

    static long parseFolio(String text, SourcePosition at, String field) {
        long folio = parseLong(text, at, field);
        if (folio < 1) {
            throw invalid(at, field, text, "a folio of 1 or more");
        }
        return folio;
    }

    static BigDecimal parseDecimal(String text, SourcePosition at, String field) {
        if (!DECIMAL.matcher(text).matches()) {
            throw invalid(at, field, text, "a number such as 19 or 31.5, with a dot or comma"
                    + " as decimal separator");
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    static Money parseMoney(String text, Currency currency, SourcePosition at, String field) {
        BigDecimal amount = parseDecimal(text, at, field);
        return toMoney(amount, currency, at, field, text);
    }

    static Money toMoney(BigDecimal amount, Currency currency, SourcePosition at, String field,
            String text) {
        try {
            return Money.of(amount, currency);
        } catch (ArithmeticException e) {
            throw new InvalidValueException(at, field + " '" + text + "' does not fit "
                    + currency.getCurrencyCode() + ": expected at most "
                    + currency.getDefaultFractionDigits() + " decimals and at most 18 digits", e);
        }
    }

    static LocalDate parseIsoDate(String text, SourcePosition at, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(at, field + " '" + text
                    + "' is not a valid date: expected yyyy-MM-dd, such as 2024-03-31", e);
        }
    }

    static LocalDate parseSlashDate(String text, SourcePosition at, String field) {
        try {
            return LocalDate.parse(text, SLASH_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(at, field + " '" + text
                    + "' is not a valid date: expected dd/MM/yyyy, such as 31/03/2024", e);
        }
    }

    /** Parses {@code dd/MM/yyyy HH:mm:ss}, or a bare {@code dd/MM/yyyy} as the start of the day. */
    static LocalDateTime parseSlashDateTime(String text, SourcePosition at, String field) {
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text, SLASH_DATE).atStartOfDay();
            }
            return LocalDateTime.parse(text, SLASH_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(at, field + " '" + text + "' is not a valid date and"
                    + " time: expected dd/MM/yyyy HH:mm:ss, such as 31/03/2024 09:15:00", e);
        }
    }

    /** Parses a RUT. The error message masks the text, because a RUT can identify a person. */
    static Rut parseRut(String text, SourcePosition at, String field) {
        try {
            return Rut.parse(text);
        } catch (InvalidTaxIdException e) {
            throw new InvalidValueException(at, field + " '" + Masking.mask(text)
                    + "' is not a valid RUT: expected a form such as 12.345.678-5 with a correct"
                    + " check digit");
        }
    }

    static InvalidValueException invalid(SourcePosition at, String field, String text,
            String expected) {
        return new InvalidValueException(at, field + " '" + text + "' is invalid: expected "
                + expected);
    }

    /** Returns the RUT as {@code 76123456-0}, the form used in document and customer ids. */
    static String plainRut(Rut rut) {
        return rut.number() + "-" + rut.checkDigit();
    }
}
