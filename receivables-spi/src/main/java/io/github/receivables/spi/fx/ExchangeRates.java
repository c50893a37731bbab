package io.github.receivables.spi.fx;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Exchange rates for converting between a document's and a payment's currency.
 *
 * <p>Contract: for the same currency on both sides, the rate is 1 on the day asked. Otherwise the
 * implementation returns the rate published for the day asked, or else the latest one before it
 * within the implementation's own age limit, so a weekend uses Friday's rate. It never returns a
 * rate published after the day asked. Whether an inverse pair is derived from a stored pair is the
 * implementation's choice, stated in its documentation. Implementations are thread-safe and
 * read no clock.
 */
@FunctionalInterface
public interface ExchangeRates {

    /**
     * Finds the rate to convert from one currency to another on a day.
     *
     * @param base the currency converted from; never null
     * @param quote the currency converted to; never null
     * @param on the day; never null
     * @return the rate, dated on or before {@code on}, or empty when none is known
     */
    Optional<ExchangeRate> find(Currency base, Currency quote, LocalDate on);
}
