package io.github.receivables.core.fx;

import io.github.receivables.core.money.Money;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Converts amounts between currencies at the host's rate for a day, rounding to the target
 * currency's scale in one explicit step. Typical use: an invoice in UF (CLF) is collected in pesos
 * (CLP) at the UF value of the payment day.
 *
 * <p>Immutable and thread-safe when its {@link ExchangeRates} is.
 */
public final class CurrencyConverter {

    private final ExchangeRates rates;
    private final RoundingMode rounding;

    /**
     * Creates a converter.
     *
     * @param rates the host's rates; never null
     * @param rounding how to round converted amounts, such as {@code HALF_UP} for UF to CLP;
     *     never null
     */
    public CurrencyConverter(ExchangeRates rates, RoundingMode rounding) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
    }

    /**
     * Converts an amount into a target currency at the rate of a day. An amount already in the
     * target currency is returned as is.
     *
     * @param amount the amount; never null
     * @param target the currency wanted; never null
     * @param on the day whose rate applies; never null
     * @return the converted amount at the target's scale; never null
     * @throws MissingExchangeRateException if the host has no rate from the amount's currency to
     *     the target for that day
     */
    public Money convert(Money amount, Currency target, LocalDate on) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(on, "on");
        if (amount.currency().equals(target)) {
            return amount;
        }
        return rates.require(amount.currency(), target, on).convert(amount, rounding);
    }

    /**
     * Returns the rounding applied to converted amounts.
     *
     * @return the rounding mode; never null
     */
    public RoundingMode rounding() {
        return rounding;
    }
}
