package io.github.receivables.reminders.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedFormatTest {

    private static final Locale ES_CL = Locale.forLanguageTag("es-CL");
    private static final LocalDate JUNE_7 = LocalDate.of(2025, 6, 7);

    @Test
    void chileanPesosHaveDotsAndNoDecimals() {
        assertEquals("$1.234.567", LocalizedFormat.money(Money.of("1234567", "CLP"), ES_CL));
        assertEquals("$999", LocalizedFormat.money(Money.of("999", "CLP"), ES_CL));
        assertEquals("$0", LocalizedFormat.money(Money.of("0", "CLP"), ES_CL));
    }

    @Test
    void dollarsInChileUseCodeAndComma() {
        assertEquals("USD 1.234,50", LocalizedFormat.money(Money.of("1234.5", "USD"), ES_CL));
    }

    @Test
    void otherLocalesFormatTheirWay() {
        Money clp = Money.of("1234567", "CLP");

        assertEquals("1.234.567 CLP", LocalizedFormat.money(clp, Locale.forLanguageTag("es")));
        assertEquals("CLP 1,234,567", LocalizedFormat.money(clp, Locale.ENGLISH));
        assertEquals("CLP 1.234.567", LocalizedFormat.money(clp,
                Locale.forLanguageTag("pt-BR")));
        assertEquals("R$ 10,05", LocalizedFormat.money(Money.of("10.05", "BRL"),
                Locale.forLanguageTag("pt-BR")));
        assertEquals("€0.07", LocalizedFormat.money(Money.of("0.07", "EUR"), Locale.ENGLISH));
    }

    @Test
    void datesFollowLocale() {
        assertEquals("07-06-2025", LocalizedFormat.date(JUNE_7, ES_CL));
        assertEquals("07/06/2025", LocalizedFormat.date(JUNE_7, Locale.forLanguageTag("es")));
        assertEquals("07/06/2025", LocalizedFormat.date(JUNE_7, Locale.forLanguageTag("pt-BR")));
        assertEquals("7 June 2025", LocalizedFormat.date(JUNE_7, Locale.ENGLISH));
    }

    @Test
    void turkishDefaultLocaleChangesNothing() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertEquals("CLP 1,234,567", LocalizedFormat.money(Money.of("1234567", "CLP"),
                    Locale.ENGLISH));
            assertEquals("7 June 2025", LocalizedFormat.date(JUNE_7, Locale.ENGLISH));
        } finally {
            Locale.setDefault(previous);
        }
    }
}
