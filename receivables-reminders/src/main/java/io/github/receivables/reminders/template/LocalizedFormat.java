package io.github.receivables.reminders.template;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats amounts and dates for a message's locale, from fixed tables rather than the JDK's
 * locale data, so output never depends on the JVM's default locale or its CLDR version.
 *
 * <p>Amounts use the currency's own scale (CLP has no decimals): {@code es-CL} writes
 * {@code $1.234.567} for CLP and {@code USD 1.234,50} for others; {@code es} writes
 * {@code 1.234.567 CLP} and {@code 1.234,50 €}; {@code pt-BR} writes {@code R$ 1.234,50} and
 * {@code CLP 1.234.567}; English and every other language write {@code CLP 1,234,567},
 * {@code $1,234.50} and {@code €1,234.50}. Dates are {@code 07-06-2025} in {@code es-CL},
 * {@code 07/06/2025} in {@code es} and {@code pt-BR}, and {@code 7 June 2025} in English. Years
 * are written with four digits (years 1000 to 9999).
 */
public final class LocalizedFormat {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu",
            Locale.ENGLISH);

    private LocalizedFormat() {}

    /**
     * Formats an amount.
     *
     * @param amount the amount; never null
     * @param locale the message locale; never null
     * @return the formatted amount; never null
     */
    public static String money(Money amount, Locale locale) {
        Objects.requireNonNull(amount, "amount");
        String code = amount.currency().getCurrencyCode();
        String language = locale.getLanguage();
        boolean commaDecimal = language.equals("es") || language.equals("pt");
        String number = number(amount, commaDecimal ? '.' : ',', commaDecimal ? ',' : '.');
        String sign = amount.isNegative() ? "-" : "";
        if (language.equals("es") && locale.getCountry().equals("CL")) {
            return sign + (code.equals("CLP") ? "$" + number : code + " " + number);
        }
        if (language.equals("es")) {
            return sign + number + " " + (code.equals("EUR") ? "€" : code);
        }
        if (language.equals("pt")) {
            return sign + (code.equals("BRL") ? "R$ " : code + " ") + number;
        }
        return sign + englishSymbol(code) + number;
    }

    private static String englishSymbol(String code) {
        switch (code) {
            case "USD":
                return "$";
            case "EUR":
                return "€";
            case "GBP":
                return "£";
            default:
                return code + " ";
        }
    }

    private static String number(Money amount, char group, char decimal) {
        String digits = Long.toString(Math.abs(amount.minorUnits()));
        int scale = amount.scale();
        if (digits.length() <= scale) {
            digits = "0".repeat(scale - digits.length() + 1) + digits;
        }
        String whole = digits.substring(0, digits.length() - scale);
        StringBuilder out = new StringBuilder(digits.length() + 6);
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append(group).append(whole, i, i + 3);
        }
        if (scale > 0) {
            out.append(decimal).append(digits, digits.length() - scale, digits.length());
        }
        return out.toString();
    }

    /** Writes dd, mm and the year with a separator, as DateTimeFormatter would, but faster. */
    private static String numeric(LocalDate date, char separator) {
        StringBuilder out = new StringBuilder(10);
        twoDigits(out, date.getDayOfMonth()).append(separator);
        twoDigits(out, date.getMonthValue()).append(separator);
        return out.append(date.getYear()).toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * Formats a date.
     *
     * @param date the date; never null
     * @param locale the message locale; never null
     * @return the formatted date; never null
     */
    public static String date(LocalDate date, Locale locale) {
        Objects.requireNonNull(date, "date");
        String language = locale.getLanguage();
        if (language.equals("es") && locale.getCountry().equals("CL")) {
            return numeric(date, '-');
        }
        if (language.equals("es") || language.equals("pt")) {
            return numeric(date, '/');
        }
        return ENGLISH.format(date);
    }
}
