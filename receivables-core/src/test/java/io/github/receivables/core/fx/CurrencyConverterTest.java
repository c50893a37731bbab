package io.github.receivables.core.fx;

import static io.github.receivables.core.Fixtures.CLF;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.CurrencyMismatchException;
import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class CurrencyConverterTest {

    private final ExchangeRateTable uf = new ExchangeRateTable()
            .add(new ExchangeRate(CLF, CLP, day("2024-05-01"), new BigDecimal("37000.00")))
            .add(new ExchangeRate(CLF, CLP, day("2024-05-02"), new BigDecimal("37001.24")));

    @Test
    void ufConvertsToPesosAtTheDaysRate() {
        CurrencyConverter converter = new CurrencyConverter(uf, RoundingMode.HALF_UP);

        assertEquals(clp(370_000), converter.convert(money("10.0000", CLF), CLP,
                day("2024-05-01")));
        assertEquals(clp(370_012), converter.convert(money("10.0000", CLF), CLP,
                day("2024-05-02")));
    }

    @Test
    void ufRoundingIsExplicit() {
        Money amount = money("1.2345", CLF);

        assertEquals(clp(45_677), new CurrencyConverter(uf, RoundingMode.HALF_UP)
                .convert(amount, CLP, day("2024-05-01")));
        assertEquals(clp(45_676), new CurrencyConverter(uf, RoundingMode.HALF_EVEN)
                .convert(amount, CLP, day("2024-05-01")));
    }

    @Test
    void missingRateNamesPairAndDay() {
        CurrencyConverter converter = new CurrencyConverter(uf, RoundingMode.HALF_UP);

        MissingExchangeRateException error = assertThrows(MissingExchangeRateException.class,
                () -> converter.convert(money("1.0000", CLF), CLP, day("2024-05-03")));

        assertTrue(error.getMessage().contains("CLF/CLP"), error.getMessage());
        assertTrue(error.getMessage().contains("2024-05-03"), error.getMessage());
    }

    @Test
    void sameCurrencyReturnedAsIs() {
        Money pesos = clp(5);

        assertSame(pesos, new CurrencyConverter(uf, RoundingMode.HALF_UP).convert(pesos, CLP,
                day("2024-05-03")));
    }

    @Test
    void rateRejectsAmountInQuoteCurrency() {
        ExchangeRate rate = new ExchangeRate(CLF, CLP, day("2024-05-01"), BigDecimal.TEN);

        assertThrows(CurrencyMismatchException.class,
                () -> rate.convert(clp(1), RoundingMode.HALF_UP));
    }
}
