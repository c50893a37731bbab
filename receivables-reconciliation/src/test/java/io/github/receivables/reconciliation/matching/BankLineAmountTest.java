package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class BankLineAmountTest {

    private final Fixtures f = new Fixtures();

    private StatementEntry entry(String value, String currency) {
        return f.entry(new StatementAmount(new BigDecimal(value), currency),
                new Party("Pagador", null, null, null), "pago", null, null, null,
                EntryStatus.BOOKED, false);
    }

    @Test
    void trailingZerosBeyondScaleAreDropped() {
        BankLine line = Fixtures.line(entry("99990.000", "CLP"));

        assertEquals(Money.ofMinor(99_990, Currency.getInstance("CLP")), line.amount());
    }

    @Test
    void clpDecimalsAreRejectedNotRounded() {
        MatchingException error = assertThrows(MatchingException.class,
                () -> BankLine.of(entry("99990.50", "CLP")));

        assertTrue(error.getMessage().contains("99990.50 CLP"), error.getMessage());
        assertTrue(error.getMessage().contains("allows (0)"), error.getMessage());
    }

    @Test
    void unknownCurrencyNamesTheCode() {
        MatchingException error = assertThrows(MatchingException.class,
                () -> BankLine.of(entry("10.00", "XXQ")));

        assertTrue(error.getMessage().contains("'XXQ'"), error.getMessage());
        assertTrue(error.getMessage().contains("not an ISO 4217 currency code"),
                error.getMessage());
    }

    @Test
    void currencyWithoutMinorUnitsIsRejected() {
        MatchingException error = assertThrows(MatchingException.class,
                () -> BankLine.of(entry("10", "XAU")));

        assertTrue(error.getMessage().contains("no minor units"), error.getMessage());
    }
}
