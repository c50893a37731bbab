package io.github.receivables.examples.quickstart.report;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;

/**
 * Formats amounts the way Chilean Spanish (es-CL) writes them: a dot between thousands, a comma
 * before decimals, and the peso sign for CLP, such as {@code $1.234.567}. Other currencies carry
 * their ISO code, such as {@code USD 1.234,50}. Never reads the JVM's default locale.
 */
public final class Amounts {

    private Amounts() {}

    /**
     * Formats an amount.
     *
     * @param money the amount; never null
     * @return the text, with a leading minus sign for negative amounts; never null
     */
    public static String format(Money money) {
        BigDecimal amount = money.amount().abs();
        String digits = amount.toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : "," + digits.substring(point + 1);
        String code = money.currency().getCurrencyCode();
        String prefix = code.equals("CLP") ? "$" : code + " ";
        return (money.isNegative() ? "-" : "") + prefix + group(whole) + fraction;
    }

    private static String group(String whole) {
        StringBuilder text = new StringBuilder(whole.length() + whole.length() / 3);
        int lead = whole.length() % 3;
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                text.append('.');
            }
            text.append(whole.charAt(i));
        }
        return text.toString();
    }
}
