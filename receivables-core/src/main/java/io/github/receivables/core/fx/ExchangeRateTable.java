package io.github.receivables.core.fx;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exchange rates held in memory and looked up by exact day, for tests, examples and hosts that
 * load a day's rates up front. No rate is inverted or carried over from another day.
 *
 * <p>Not thread-safe while rates are added; safe for concurrent lookups once filled and safely
 * published.
 */
public final class ExchangeRateTable implements ExchangeRates {

    private final Map<Key, ExchangeRate> rates = new HashMap<>();

    private record Key(Currency base, Currency quote, LocalDate on) {}

    /**
     * Adds a rate, replacing any earlier rate for the same currencies and day.
     *
     * @param rate the rate; never null
     * @return this table
     */
    public ExchangeRateTable add(ExchangeRate rate) {
        Objects.requireNonNull(rate, "rate");
        rates.put(new Key(rate.base(), rate.quote(), rate.date()), rate);
        return this;
    }

    @Override
    public Optional<ExchangeRate> find(Currency base, Currency quote, LocalDate on) {
        return Optional.ofNullable(rates.get(new Key(base, quote, on)));
    }
}
