package io.github.receivables.reminders.template;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Sample message data for template tests and the rendered examples in docs/templates.md. */
final class TemplateSamples {

    static final Creditor CREDITOR = new Creditor("Comercial Andes SpA", "+56 2 2345 6789",
            "cobranza@andes.example");

    private TemplateSamples() {}

    static TemplateModel model(Locale locale) {
        return new TemplateModel("María José Pérez", CREDITOR, locale, LocalDate.of(2025, 6, 12),
                List.of(new ItemLine("F-10231", LocalDate.of(2025, 5, 28),
                                Money.of("154700", "CLP")),
                        new ItemLine("F-10388", LocalDate.of(2025, 6, 5),
                                Money.of("1079887", "CLP"))),
                "https://pay.example/l/t1", "RC1123456717", null, null, null, null);
    }

    static TemplateModel factorModel(Locale locale) {
        return new TemplateModel("María José Pérez", CREDITOR, locale, LocalDate.of(2025, 6, 12),
                List.of(new ItemLine("F-10231", LocalDate.of(2025, 7, 28),
                        Money.of("154700", "CLP"))),
                null, null, "Factoring Sur S.A.",
                "transfer to Banco Ejemplo account 123456, RUT 76.123.456-0", null, null);
    }

    static TemplateModel taskModel(Locale locale) {
        return new TemplateModel("María José Pérez", CREDITOR, locale, LocalDate.of(2025, 7, 20),
                List.of(new ItemLine("F-10231", LocalDate.of(2025, 5, 28),
                        Money.of("154700", "CLP"))),
                null, null, null, null, "collections", "ESCALATED: 1 item(s) go to queue");
    }
}
