package io.github.receivables.examples.quickstart.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in the es-CL way of writing them. */
class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|CLP|$0",
        "999|CLP|$999",
        "1000|CLP|$1.000",
        "1234567|CLP|$1.234.567",
        "-952000|CLP|-$952.000",
        "1234.50|USD|USD 1.234,50",
        "0.05|EUR|EUR 0,05",
        "1000000.125|BHD|BHD 1.000.000,125"})
    void formatWritesChileanGrouping(String amount, String currency, String expected) {
        assertEquals(expected, Amounts.format(Money.of(amount, currency)));
    }
}
