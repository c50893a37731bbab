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
     * @throws IllegalArgumentException if the currency code is not an ISO 4217 currency with a scale
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} and digits would be lost
     */
    public Money toMoney(RoundingMode rounding) {
        return Money.of(value, Currency.getInstance(currency), rounding);
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
