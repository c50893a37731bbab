package io.github.receivables.reconciliation.statement;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount exactly as the file wrote it, with its ISO 4217 currency code.
 *
 * <p>The value keeps the file's precision, which may exceed the currency's scale (some banks write
 * five decimals). Signed amounts follow the account holder's view: credits positive, debits
 * negative.
 *
 * @param value the amount; never null
 * @param currency the three-letter ISO 4217 code as written in the file; never null
 */
public record StatementAmount(BigDecimal value, String currency) {

    /** An amount does not know where it was read, so its errors name only the amount. */
    private static final SourcePosition POSITION = new SourcePosition("statement amount", 0, 0, "");

    /**
     * Validates the components.
     *
     * @throws NullPointerException if either component is null
     */
    public StatementAmount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Converts to {@link Money} at the currency's scale.
     *
     * @param rounding how to drop digits beyond the currency's scale; {@link RoundingMode#UNNECESSARY}
     *     makes any such digit an error
     * @return the amount as money
     * @throws InvalidValueException if the currency code is not an ISO 4217 currency known to
     *     the JDK, if rounding is {@code UNNECESSARY} and digits would be lost, or if the amount
     *     does not fit in money's long minor units; the message names the amount and currency
     * @throws NullPointerException if {@code rounding} is null
     */
    public Money toMoney(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        Currency unit = currencyUnit();
        try {
            return Money.of(value, unit, rounding);
        } catch (ArithmeticException e) {
            // Money's message names the amount, the currency and the remedy.
            throw new InvalidValueException(POSITION, e.getMessage(), e);
        }
    }

    private Currency currencyUnit() {
        Currency unit;
        try {
            unit = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(POSITION, "amount " + value.toPlainString() + " "
                    + currency + " has an unknown currency code '" + currency + "'; expected a"
                    + " three-letter ISO 4217 code such as CLP or EUR", e);
        }
        if (unit.getDefaultFractionDigits() < 0) {
            throw new InvalidValueException(POSITION, "amount " + value.toPlainString() + " "
                    + currency + " has a currency code with no minor unit; expected a currency"
                    + " such as CLP or EUR that money can hold");
        }
        return unit;
    }

    /**
     * Returns this amount with the opposite sign.
     *
     * @return the negated amount in the same currency
     */
    public StatementAmount negate() {
        return new StatementAmount(value.negate(), currency);
    }
}
