package io.github.receivables.reconciliation.csv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parses amounts with a fixed decimal and grouping separator. Nothing is guessed per value:
 * a grouping separator must sit between groups of three digits and a decimal separator may
 * appear once. Accepted signs: a leading {@code +} or {@code -} (also U+2212), a trailing
 * {@code -}, or enclosing parentheses for a negative amount. Spaces and no-break spaces around
 * and inside the number are ignored.
 */
final class NumberParser {

    private final char decimalSeparator;
    private final Character groupingSeparator;

    NumberParser(char decimalSeparator, Character groupingSeparator) {
        this.decimalSeparator = decimalSeparator;
        this.groupingSeparator = groupingSeparator;
    }

    /**
     * Parses a number.
     *
     * @return the value, or null when the text is empty or only spaces
     * @throws NumberFormatException if the text is not a number in this format; the message says
     *     which format was expected
     */
    BigDecimal parse(String raw) {
        String text = stripSpaces(raw);
        if (text.isEmpty()) {
            return null;
        }
        boolean negative = false;
        if (text.length() >= 2 && text.charAt(0) == '(' && text.charAt(text.length() - 1) == ')') {
            negative = true;
            text = text.substring(1, text.length() - 1);
        }
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        if (first == '-' || first == '\u2212' || first == '+') {
            if (first != '+') {
                negative = !negative;
            }
            text = text.substring(1);
        } else if (last == '-' && text.length() > 1) {
            negative = !negative;
            text = text.substring(0, text.length() - 1);
        }
        BigDecimal value = new BigDecimal(digits(text));
        return negative ? value.negate() : value;
    }

    private String stripSpaces(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (!isSpace(c) || isGrouping(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t';
    }

    private boolean isGrouping(char c) {
        return groupingSeparator != null && groupingSeparator == c;
    }

    /** Rewrites the unsigned number in plain {@code 1234.56} form, checking the groups. */
    private String digits(String text) {
        int decimalAt = text.indexOf(decimalSeparator);
        if (decimalAt >= 0 && text.indexOf(decimalSeparator, decimalAt + 1) >= 0) {
            throw invalid();
        }
        String integer = decimalAt >= 0 ? text.substring(0, decimalAt) : text;
        String fraction = decimalAt >= 0 ? text.substring(decimalAt + 1) : "";
        String plainInteger = ungroup(integer);
        if (!allDigits(plainInteger) || !allDigits(fraction)
                || plainInteger.isEmpty() && fraction.isEmpty()) {
            throw invalid();
        }
        String integerPart = plainInteger.isEmpty() ? "0" : plainInteger;
        return fraction.isEmpty() ? integerPart : integerPart + "." + fraction;
    }

    private String ungroup(String integer) {
        if (groupingSeparator == null || integer.indexOf(groupingSeparator) < 0) {
            return integer;
        }
        String[] groups = integer.split(Pattern.quote(groupingSeparator.toString()), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            throw invalid();
        }
        StringBuilder out = new StringBuilder(groups[0]);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                throw invalid();
            }
            out.append(groups[i]);
        }
        return out.toString();
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private NumberFormatException invalid() {
        return new NumberFormatException("expected a number with decimal separator '"
                + decimalSeparator + "' and " + (groupingSeparator == null
                        ? "no grouping separator"
                        : "grouping separator '" + groupingSeparator + "'"));
    }

    String describe() {
        return "decimal separator '" + decimalSeparator + "', "
                + (groupingSeparator == null
                        ? "no grouping separator"
                        : "grouping separator '" + groupingSeparator + "'");
    }
}
