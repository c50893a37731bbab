package io.github.receivables.core.money;

import static io.github.receivables.core.Fixtures.CLF;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.JOD;
import static io.github.receivables.core.Fixtures.KWD;
import static io.github.receivables.core.Fixtures.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void clpHasNoDecimals() {
        Money pesos = Money.of("1500", "CLP");

        assertEquals(0, pesos.scale());
        assertEquals(1500, pesos.minorUnits());
        assertEquals("1500 CLP", pesos.toString());
    }

    @Test
    void clpRejectsCentsWithoutRounding() {
        ArithmeticException error = assertThrows(ArithmeticException.class,
                () -> Money.of(new BigDecimal("10.5"), CLP));

        assertTrue(error.getMessage().contains("10.5"), error.getMessage());
        assertTrue(error.getMessage().contains("CLP"), error.getMessage());
    }

    @Test
    void clpRoundsHalfUpWhenTold() {
        assertEquals(Money.ofMinor(11, CLP), Money.of(new BigDecimal("10.5"), CLP,
                RoundingMode.HALF_UP));
        assertEquals(Money.ofMinor(10, CLP), Money.of(new BigDecimal("10.5"), CLP,
                RoundingMode.HALF_EVEN));
    }

    @Test
    void jodAndKwdHaveThreeDecimals() {
        Money dinars = Money.of("12.345", "JOD");
        Money kuwaiti = Money.of("0.005", "KWD");

        assertEquals(3, dinars.scale());
        assertEquals(12_345, dinars.minorUnits());
        assertEquals("12.345 JOD", dinars.toString());
        assertEquals(5, kuwaiti.minorUnits());
        assertEquals(Money.ofMinor(4, KWD), Money.ofMinor(10, KWD).split(3).get(0));
    }

    @Test
    void jodSplitKeepsEveryFils() {
        List<Money> parts = Money.ofMinor(10_000, JOD).split(3);

        assertEquals(List.of(Money.ofMinor(3334, JOD), Money.ofMinor(3333, JOD),
                Money.ofMinor(3333, JOD)), parts);
    }

    @Test
    void clfHasFourDecimals() {
        Money uf = Money.of("1.2345", "CLF");

        assertEquals(4, uf.scale());
        assertEquals(12_345, uf.minorUnits());
        assertEquals(CLF, uf.currency());
    }

    @Test
    void equalityIgnoresTrailingZeros() {
        assertEquals(Money.of(new BigDecimal("10"), USD), Money.of(new BigDecimal("10.00"), USD));
    }

    @Test
    void plusRejectsOtherCurrencyNamingBoth() {
        CurrencyMismatchException error = assertThrows(CurrencyMismatchException.class,
                () -> Money.of("1", "USD").plus(Money.of("1", "CLP")));

        assertTrue(error.getMessage().contains("USD"), error.getMessage());
        assertTrue(error.getMessage().contains("CLP"), error.getMessage());
        assertEquals(USD, error.expected());
        assertEquals(CLP, error.actual());
    }

    @Test
    void plusOverflowThrows() {
        Money max = Money.ofMinor(Long.MAX_VALUE, CLP);

        assertThrows(ArithmeticException.class, () -> max.plus(Money.ofMinor(1, CLP)));
    }

    @Test
    void multiplyRoundsOnlyAsTold() {
        Money amount = Money.of("100.00", "USD");

        assertEquals(Money.of("33.33", "USD"),
                amount.multiply(new BigDecimal("0.33333"), RoundingMode.HALF_EVEN));
        assertThrows(ArithmeticException.class,
                () -> amount.multiply(new BigDecimal("0.33333"), RoundingMode.UNNECESSARY));
    }

    @Test
    void splitGivesLargerPartsFirst() {
        assertEquals(List.of(Money.ofMinor(34, USD), Money.ofMinor(33, USD),
                Money.ofMinor(33, USD)), Money.ofMinor(100, USD).split(3));
    }

    @Test
    void splitOfNegativeKeepsSign() {
        assertEquals(List.of(Money.ofMinor(-34, USD), Money.ofMinor(-33, USD),
                Money.ofMinor(-33, USD)), Money.ofMinor(-100, USD).split(3));
    }

    @Test
    void allocateByDecimalWeights() {
        List<Money> parts = Money.ofMinor(1000, CLP).allocate(List.of(new BigDecimal("0.5"),
                new BigDecimal("0.25"), new BigDecimal("0.25")));

        assertEquals(List.of(Money.ofMinor(500, CLP), Money.ofMinor(250, CLP),
                Money.ofMinor(250, CLP)), parts);
    }

    @Test
    void allocateRejectsAllZeroWeights() {
        assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(10, CLP).allocate(0, 0));
    }

    @Test
    void splitRejectsZeroParts() {
        assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(10, CLP).split(0));
    }

    @Test
    void currencyWithoutScaleRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Money.zero(java.util.Currency.getInstance("XAU")));

        assertTrue(error.getMessage().contains("XAU"), error.getMessage());
    }

    @Test
    void compareRejectsOtherCurrency() {
        assertThrows(CurrencyMismatchException.class,
                () -> Money.ofMinor(1, USD).isLessThan(Money.ofMinor(1, CLP)));
    }

    @Test
    void textWithSpaceOrExponentIsRejected() {
        for (String text : List.of(" 12", "1e3", "1,5", "", "-", "1.", ".5", "1.2.3")) {
            NumberFormatException error = assertThrows(NumberFormatException.class,
                    () -> Money.of(text, "CLP"), text);
            assertTrue(error.getMessage().contains("'" + text + "'"), error.getMessage());
        }
    }

    @Test
    void signedTextIsAccepted() {
        assertEquals(Money.ofMinor(-1250, USD), Money.of("-12.50", "USD"));
        assertEquals(Money.ofMinor(1250, USD), Money.of("+12.50", "USD"));
    }

    @Test
    void unknownCurrencyCodeIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Money.of("1", "XYZ"));

        assertTrue(error.getMessage().contains("'XYZ'"), error.getMessage());
    }
}
