package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.BalanceType;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.StatementAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** Parsers for the statement-level fields :25:, :60a:, :62a:, :64:, :65:, :34F:, :13D:, :90a:. */
final class BalanceFields {

    /** The separators between the parts of a :25: account: runs of slashes and spaces. */
    private static final Pattern ACCOUNT_SEPARATORS = Pattern.compile("[/ ]+");

    /**
     * The :25: account with the currency some banks append.
     *
     * @param account the account
     * @param currency the appended ISO 4217 code, or null
     */
    record AccountField(AccountIdentifier account, String currency) {}

    /**
     * A :90D: or :90C: count and sum.
     *
     * @param count the number of entries
     * @param amount the sum, without sign
     */
    record Summary(long count, BigDecimal amount) {}

    private BalanceFields() {}

    /** Parses {@code C070903EUR1234718,36}: mark, date YYMMDD, currency, amount. */
    static Balance balance(String value, BalanceType type, String code, DateContext context) {
        String text = value.replace("\n", "").strip();
        char mark = text.isEmpty() ? ' ' : text.charAt(0);
        if (mark != 'C' && mark != 'D') {
            throw invalid(context, "invalid debit/credit mark '" + SwiftValues.excerpt(text, 0, 1)
                    + "': expected C or D");
        }
        LocalDate date = SwiftValues.date(text, 1, context);
        if (!SwiftValues.isCurrencyCode(text, 7)) {
            throw invalid(context, "invalid currency '" + SwiftValues.excerpt(text, 7, 3)
                    + "': expected a three-letter ISO 4217 code");
        }
        String currency = text.substring(7, 10);
        BigDecimal amount = SwiftValues.amount(text.substring(10), context.position(),
                context.field());
        BigDecimal signed = mark == 'D' ? amount.negate() : amount;
        return new Balance(type, code, new StatementAmount(signed, currency), date);
    }

    /**
     * Parses :25: forms such as an IBAN, {@code IBAN EUR}, {@code IBANEUR},
     * {@code BIC/account/currency} and {@code bank code/account}.
     */
    static AccountField account(String value, DateContext context) {
        String text = value.replace("\n", "").strip();
        if (text.isEmpty()) {
            throw invalid(context, "empty account identification: expected an IBAN or an"
                    + " account number");
        }
        String[] parts = ACCOUNT_SEPARATORS.split(text);
        // A leading slash leaves an empty first part, which is skipped.
        int first = parts.length > 0 && parts[0].isEmpty() ? 1 : 0;
        String currency = null;
        int last = parts.length - 1;
        if (last > first && parts[last].length() == 3
                && SwiftValues.isCurrencyCode(parts[last], 0)) {
            currency = parts[last];
            last--;
        }
        String iban = null;
        String bic = null;
        for (int i = first; i <= last; i++) {
            String part = parts[i];
            if (Accounts.isIban(part)) {
                iban = part;
            } else if (part.length() > 3 && Accounts.isIban(part.substring(0, part.length() - 3))
                    && SwiftValues.isCurrencyCode(part, part.length() - 3)) {
                iban = part.substring(0, part.length() - 3);
                currency = part.substring(part.length() - 3);
            } else if (i == first && last > first
                    && (Accounts.isBic(part) || isBankCode(part))) {
                bic = part;
            }
        }
        return new AccountField(new AccountIdentifier(iban, text, bic), currency);
    }

    private static boolean isBankCode(String part) {
        return SwiftValues.digits(part, 0, part.length());
    }

    /** Parses the currency of a :34F: floor limit such as {@code PLN0} or {@code EURD100,}. */
    static String floorLimitCurrency(String value, DateContext context) {
        String text = value.strip();
        if (!SwiftValues.isCurrencyCode(text, 0)) {
            throw invalid(context, "invalid currency '" + SwiftValues.excerpt(text, 0, 3)
                    + "': expected a three-letter ISO 4217 code");
        }
        return text.substring(0, 3);
    }

    /** Parses a :13D: date and time {@code YYMMDDhhmm+hhmm}. */
    static OffsetDateTime dateTime(String value, DateContext context) {
        String text = value.strip();
        LocalDate date = SwiftValues.date(text, 0, context);
        if (!SwiftValues.digits(text, 6, 4) || text.length() < 15
                || (text.charAt(10) != '+' && text.charAt(10) != '-')
                || !SwiftValues.digits(text, 11, 4)) {
            throw invalid(context, "invalid date and time '" + text
                    + "': expected YYMMDDhhmm followed by an offset such as +0100");
        }
        int hour = SwiftValues.number(text, 6, 2);
        int minute = SwiftValues.number(text, 8, 2);
        int offsetHours = SwiftValues.number(text, 11, 2);
        int offsetMinutes = SwiftValues.number(text, 13, 2);
        int sign = text.charAt(10) == '-' ? -1 : 1;
        try {
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
            return OffsetDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                    hour, minute, 0, 0, offset);
        } catch (java.time.DateTimeException e) {
            throw new InvalidValueException(context.position(), "invalid date and time '" + text
                    + "' in " + context.field() + ": hour, minute or offset out of range", e);
        }
    }

    /** Parses a :90D: or :90C: value such as {@code 3PLN0,03}. */
    static Summary summary(String value, DateContext context) {
        String text = value.strip();
        int digits = 0;
        while (digits < text.length() && Accounts.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 5 || !SwiftValues.isCurrencyCode(text, digits)) {
            throw invalid(context, "invalid entry summary '" + text
                    + "': expected a count, a currency and an amount, such as 3EUR10,00");
        }
        long count = Long.parseLong(text.substring(0, digits));
        BigDecimal amount = SwiftValues.amount(text.substring(digits + 3), context.position(),
                context.field());
        return new Summary(count, amount);
    }

    private static InvalidValueException invalid(DateContext context, String message) {
        return new InvalidValueException(context.position(), message + " in " + context.field());
    }
}
