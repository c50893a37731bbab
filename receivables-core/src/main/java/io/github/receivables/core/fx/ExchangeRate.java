package io.github.receivables.core.fx;

import io.github.receivables.core.money.CurrencyMismatchException;
import io.github.receivables.core.money.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * The price of one unit of a base currency in a quote currency on a day, such as 1 CLF = 37,500.25
 * CLP on 2024-05-01.
 *
 * @param base the currency priced; never null
 * @param quote the currency the price is in; never null and not the base
 * @param date the day the rate applies to; never null
 * @param rate how many quote units one base unit is worth, positive; never null
 */
public record ExchangeRate(
        @NotNull Currency base,
        @NotNull Currency quote,
        @NotNull LocalDate date,
        @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal rate) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if base and quote are equal or the rate is not positive
     */
    public ExchangeRate {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rate, "rate");
        if (base.equals(quote)) {
            throw new IllegalArgumentException("exchange rate " + base.getCurrencyCode() + "/"
                    + quote.getCurrencyCode() + " on " + date + " needs two different currencies");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("exchange rate " + base.getCurrencyCode() + "/"
                    + quote.getCurrencyCode() + " on " + date + " must be positive, got "
                    + rate.toPlainString());
        }
    }

    /**
     * Converts an amount of the base currency into the quote currency.
     *
     * @param amount an amount in the base currency
     * @param rounding how to round the product to the quote currency's scale
     * @return the amount in the quote currency; never null
     * @throws CurrencyMismatchException if the amount is not in the base currency
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} and digits would be lost
     */
    public Money convert(Money amount, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        if (!amount.currency().equals(base)) {
            throw new CurrencyMismatchException("convert with rate " + base.getCurrencyCode() + "/"
                    + quote.getCurrencyCode(), base, amount.currency());
        }
        return Money.of(amount.amount().multiply(rate), quote, rounding);
    }

    @Override
    public String toString() {
        return base.getCurrencyCode() + "/" + quote.getCurrencyCode() + " " + rate.toPlainString()
                + " on " + date;
    }
}
