package io.github.receivables.spi.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.fx.ExchangeRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class InMemoryExchangeRatesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CLP = Currency.getInstance("CLP");
    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 1);

    private final InMemoryExchangeRates rates = InMemoryExchangeRates.withMaxAgeDays(3)
            .put(USD, CLP, new BigDecimal("950.25"), FRIDAY);

    @Test
    void rateOfSameDayIsFound() {
        assertEquals(new BigDecimal("950.25"), rates.find(USD, CLP, FRIDAY).orElseThrow().rate());
    }

    @Test
    void weekendUsesFridayRate() {
        ExchangeRate sunday = rates.find(USD, CLP, FRIDAY.plusDays(2)).orElseThrow();

        assertEquals(FRIDAY, sunday.date());
    }

    @Test
    void rateOlderThanMaximumAgeIsNotUsed() {
        assertTrue(rates.find(USD, CLP, FRIDAY.plusDays(4)).isEmpty());
    }

    @Test
    void laterRateIsNeverUsedForEarlierDay() {
        assertTrue(rates.find(USD, CLP, FRIDAY.minusDays(1)).isEmpty());
    }

    @Test
    void inverseIsNotDerived() {
        assertTrue(rates.find(CLP, USD, FRIDAY).isEmpty());
    }

    @Test
    void sameCurrencyIsRateOne() {
        ExchangeRate identity = rates.find(CLP, CLP, FRIDAY).orElseThrow();

        assertEquals(BigDecimal.ONE, identity.rate());
        assertEquals(FRIDAY, identity.date());
    }

    @Test
    void newerRateReplacesSameDay() {
        rates.put(USD, CLP, new BigDecimal("951"), FRIDAY);

        assertEquals(new BigDecimal("951"), rates.find(USD, CLP, FRIDAY).orElseThrow().rate());
    }

    @Test
    void negativeMaximumAgeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> InMemoryExchangeRates.withMaxAgeDays(-1));
    }
}
