package io.github.receivables.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RutTest {

    @ParameterizedTest
    @ValueSource(strings = {"12.345.678-5", "12345678-5", "123456785", " 12.345.678-5 "})
    void parseAcceptsCommonSpellings(String text) {
        Rut rut = Rut.parse(text);

        assertEquals(12_345_678, rut.number());
        assertEquals('5', rut.checkDigit());
    }

    @Test
    void parseAcceptsLowerAndUpperK() {
        Rut lower = Rut.parse("10.000.013-k");
        Rut upper = Rut.parse("10000013-K");

        assertEquals('K', lower.checkDigit());
        assertEquals(lower, upper);
        assertEquals("10.000.013-K", lower.format());
    }

    @Test
    void checkDigitZeroWhenElevenRemains() {
        assertEquals('0', Rut.checkDigitOf(1_000_013));
    }

    @Test
    void formatGroupsThousandsWithDots() {
        assertEquals("12.345.678-5", Rut.of(12_345_678).format());
        assertEquals("1.000.013-0", Rut.of(1_000_013).format());
        assertEquals("1-9", Rut.of(1).format());
        assertEquals("123456785", Rut.of(12_345_678).compact());
    }

    @Test
    void wrongCheckDigitNamesTextAndExpectedDigit() {
        InvalidTaxIdException error = assertThrows(InvalidTaxIdException.class,
                () -> Rut.parse("12.345.678-9"));

        assertTrue(error.getMessage().contains("12.345.678-9"), error.getMessage());
        assertTrue(error.getMessage().contains("gives 5"), error.getMessage());
    }

    @Test
    void strayCharacterNamesPosition() {
        InvalidTaxIdException error = assertThrows(InvalidTaxIdException.class,
                () -> Rut.parse("12,345,678-5"));

        assertTrue(error.getMessage().contains("position 3"), error.getMessage());
    }

    @Test
    void emptyAndNullRejected() {
        assertThrows(InvalidTaxIdException.class, () -> Rut.parse(""));
        assertThrows(InvalidTaxIdException.class, () -> Rut.parse(null));
    }

    @Test
    void schemeValidatesWithoutThrowing() {
        assertTrue(Rut.SCHEME.isValid("76.086.428-5"));
        assertEquals(false, Rut.SCHEME.isValid("76.086.428-4"));
        assertEquals(false, Rut.SCHEME.isValid(null));
    }
}
