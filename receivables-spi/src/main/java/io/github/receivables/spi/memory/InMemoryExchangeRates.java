package io.github.receivables.spi.memory;

import io.github.receivables.spi.fx.ExchangeRate;
import io.github.receivables.spi.fx.ExchangeRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * {@link ExchangeRates} from rates put in by the host. A lookup returns the rate of the pair
 * published on the day asked, or the latest one up to {@link #maxAgeDays()} days before it. Only
 * the stored direction is returned: no inverse is derived, so store both pairs if both are
 * needed. Thread-safe: rates may be put while others look them up.
 */
public final class InMemoryExchangeRates implements ExchangeRates {

    private final int maxAgeDays;
    private final Map<String, ConcurrentNavigableMap<LocalDate, ExchangeRate>> rates =
            new ConcurrentHashMap<>();

    private InMemoryExchangeRates(int maxAgeDays) {
        this.maxAgeDays = maxAgeDays;
    }

    /**
     * Creates an empty table whose rates stay usable for up to some days after publication.
     *
     * @param maxAgeDays how many days before the day asked a rate may be dated, 0 or more (7
     *     covers a weekend and a long holiday)
     * @return the table
     * @throws IllegalArgumentException if maxAgeDays is negative
     */
    public static InMemoryExchangeRates withMaxAgeDays(int maxAgeDays) {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("maximum rate age must be 0 days or more, got "
                    + maxAgeDays);
        }
        return new InMemoryExchangeRates(maxAgeDays);
    }

    /**
     * Returns how old a rate may be, in days before the day asked.
     *
     * @return the maximum age in days
     */
    public int maxAgeDays() {
        return maxAgeDays;
    }

    /**
     * Stores a rate, replacing one of the same pair and day.
     *
     * @param rate the rate; never null
     * @return this table
     */
    public InMemoryExchangeRates put(ExchangeRate rate) {
        Objects.requireNonNull(rate, "rate");
        rates.computeIfAbsent(pair(rate.base(), rate.quote()), p -> new ConcurrentSkipListMap<>())
                .put(rate.date(), rate);
        return this;
    }

    /**
     * Stores a rate given by its parts, with an empty source.
     *
     * @param base the currency converted from
     * @param quote the currency converted to
     * @param rate units of quote per unit of base, positive
     * @param date the day it was published for
     * @return this table
     */
    public InMemoryExchangeRates put(Currency base, Currency quote, BigDecimal rate,
            LocalDate date) {
        return put(new ExchangeRate(base, quote, rate, date, ""));
    }

    @Override
    public Optional<ExchangeRate> find(Currency base, Currency quote, LocalDate on) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(on, "on");
        if (base.equals(quote)) {
            return Optional.of(new ExchangeRate(base, quote, BigDecimal.ONE, on, "identity"));
        }
        ConcurrentNavigableMap<LocalDate, ExchangeRate> byDay = rates.get(pair(base, quote));
        if (byDay == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, ExchangeRate> latest = byDay.floorEntry(on);
        if (latest == null || latest.getKey().isBefore(on.minusDays(maxAgeDays))) {
            return Optional.empty();
        }
        return Optional.of(latest.getValue());
    }

    private static String pair(Currency base, Currency quote) {
        return base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    }
}
