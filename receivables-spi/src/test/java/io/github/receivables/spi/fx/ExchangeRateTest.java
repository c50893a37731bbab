package io.github.receivables.spi.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CLP = Currency.getInstance("CLP");
    private final ExchangeRate usdClp = new ExchangeRate(USD, CLP, new BigDecimal("950.25"),
            LocalDate.of(2024, 3, 1), "test");

    @Test
    void convertRoundsToQuoteScale() {
        Money converted = usdClp.convert(Money.of("10.01", "USD"), RoundingMode.HALF_EVEN);

        assertEquals(Money.ofMinor(9512, CLP), converted);
    }

    @Test
    void unnecessaryRoundingLosingDigitsFails() {
        assertThrows(ArithmeticException.class,
                () -> usdClp.convert(Money.of("10.01", "USD"), RoundingMode.UNNECESSARY));
    }

    @Test
    void convertOtherCurrencyIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> usdClp.convert(Money.ofMinor(5, CLP), RoundingMode.HALF_EVEN));

        assertEquals(true, e.getMessage().contains("USD/CLP"), e.getMessage());
    }

    @Test
    void nonPositiveRateIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ExchangeRate(USD, CLP,
                BigDecimal.ZERO, LocalDate.of(2024, 3, 1), ""));
    }
}
