package io.github.receivables.reconciliation.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.ReceivablesException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class StatementAmountTest {

    @Test
    void unknownCurrencyIsInvalidValue() {
        StatementAmount amount = new StatementAmount(new BigDecimal("10.00"), "XYZ");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> amount.toMoney(RoundingMode.UNNECESSARY));
        assertTrue(error.getMessage().contains("10.00 XYZ"), error.getMessage());
        assertTrue(error.getMessage().contains("ISO 4217"), error.getMessage());
    }

    @Test
    void clpDecimalsWithUnnecessaryIsInvalidValue() {
        StatementAmount amount = new StatementAmount(new BigDecimal("250000.50"), "CLP");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> amount.toMoney(RoundingMode.UNNECESSARY));
        assertTrue(error.getMessage().contains("250000.50"), error.getMessage());
        assertTrue(error.getMessage().contains("CLP"), error.getMessage());
        assertTrue(error.getMessage().contains("RoundingMode"), error.getMessage());
    }

    @Test
    void tooLargeAmountIsInvalidValue() {
        StatementAmount amount = new StatementAmount(new BigDecimal("1e30"), "CLP");
        ReceivablesException error = assertThrows(InvalidValueException.class,
                () -> amount.toMoney(RoundingMode.UNNECESSARY));
        assertTrue(error.getMessage().contains("too large"), error.getMessage());
    }

    @Test
    void clpDecimalsRoundedWhenAsked() {
        StatementAmount amount = new StatementAmount(new BigDecimal("250000.50"), "CLP");
        assertEquals(250_000, amount.toMoney(RoundingMode.HALF_EVEN).minorUnits());
    }
}
