package io.github.receivables.spi.fx;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * How many units of the quote currency one unit of the base currency is worth on a day, such as
 * base USD, quote CLP, rate 950.25.
 *
 * @param base the currency converted from; never null
 * @param quote the currency converted to; never null
 * @param rate units of quote per unit of base, positive; never null
 * @param date the day the rate was published for; never null
 * @param source who published it, such as {@code Banco Central de Chile}; never null, may be empty
 */
public record ExchangeRate(Currency base, Currency quote, BigDecimal rate, LocalDate date,
        String source) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the rate is not positive
     */
    public ExchangeRate {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("exchange rate " + base.getCurrencyCode() + "/"
                    + quote.getCurrencyCode() + " on " + date + " must be positive, got "
                    + rate.toPlainString());
        }
    }

    /**
     * Converts an amount of the base currency into the quote currency.
     *
     * @param amount the amount in the base currency; never null
     * @param rounding how to round to the quote currency's scale; never null
     * @return the converted amount
     * @throws IllegalArgumentException if the amount is not in the base currency
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} and digits would be lost
     */
    public Money convert(Money amount, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.currency().equals(base)) {
            throw new IllegalArgumentException("cannot convert an amount in "
                    + amount.currency().getCurrencyCode() + " with the "
                    + base.getCurrencyCode() + "/" + quote.getCurrencyCode()
                    + " rate: look up the rate whose base is the amount's currency");
        }
        return Money.of(amount.amount().multiply(rate), quote, rounding);
    }
}
