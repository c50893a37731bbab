package io.github.receivables.core.fx;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The host's source of exchange rates, such as the central bank's daily UF value or the rates its
 * accounting booked. The core never fetches rates itself.
 *
 * <p>Implementations must be thread-safe if shared between threads, and must return the same rate
 * for the same question while a calculation runs.
 */
@FunctionalInterface
public interface ExchangeRates {

    /**
     * Finds the rate that prices one unit of {@code base} in {@code quote} on a day.
     *
     * @param base the currency priced; never null
     * @param quote the currency of the price; never null
     * @param on the day; never null
     * @return the rate, or empty when the host has none for that day
     */
    Optional<ExchangeRate> find(Currency base, Currency quote, LocalDate on);

    /**
     * Returns the rate, failing when the host has none.
     *
     * @param base the currency priced
     * @param quote the currency of the price
     * @param on the day
     * @return the rate; never null
     * @throws MissingExchangeRateException if no rate is available, naming both currencies and
     *     the day
     */
    default ExchangeRate require(Currency base, Currency quote, LocalDate on) {
        return find(base, quote, on)
                .orElseThrow(() -> new MissingExchangeRateException(base, quote, on));
    }
}
