package io.github.receivables.spi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receivables.core.money.Money;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyJsonProperties {

    private final ObjectMapper mapper = ReceivablesJson.newMapper();

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("CLP", "USD", "EUR", "JPY", "KWD", "CLF", "BHD")
                .map(Currency::getInstance);
    }

    @Property(tries = 1000)
    void moneyRoundTripIsExact(@ForAll long minorUnits,
            @ForAll("currencies") Currency currency) throws Exception {
        Money money = Money.ofMinor(minorUnits, currency);

        Money read = mapper.readValue(mapper.writeValueAsString(money), Money.class);

        assertEquals(money, read);
    }

    @Property(tries = 1000)
    void moneyAmountTextHasCurrencyScale(@ForAll long minorUnits,
            @ForAll("currencies") Currency currency) throws Exception {
        Money money = Money.ofMinor(minorUnits, currency);

        String amount = mapper.valueToTree(money).get("amount").asText();

        int dot = amount.indexOf('.');
        int fractionDigits = dot < 0 ? 0 : amount.length() - dot - 1;
        assertEquals(currency.getDefaultFractionDigits(), fractionDigits, amount);
    }
}
