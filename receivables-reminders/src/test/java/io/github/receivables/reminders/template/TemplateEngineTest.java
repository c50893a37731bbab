package io.github.receivables.reminders.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    private static final Locale ES_CL = Locale.forLanguageTag("es-CL");

    @TempDir
    Path overrides;

    private TemplateEngine engineWith(String file, String content) throws IOException {
        Path path = overrides.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        return TemplateEngine.builder().source(TemplateSource.directory(overrides)).build();
    }

    @Test
    void emailHtmlEscapesValuesButTextDoesNot() {
        TemplateModel model = new TemplateModel("Ana & <Cía>", TemplateSamples.CREDITOR, ES_CL,
                LocalDate.of(2025, 6, 12), List.of(new ItemLine("F-1", LocalDate.of(2025, 6, 1),
                        Money.of("1234567", "CLP"))), null, null, null, null, null, null);

        MessageContent.Text email = assertInstanceOf(MessageContent.Text.class,
                TemplateEngine.builtIn().render("firm", ChannelKind.EMAIL, model, true)
                        .content());

        assertTrue(email.html().contains("Ana &amp; &lt;Cía&gt;"), email.html());
        assertTrue(email.plain().contains("Ana & <Cía>"), email.plain());
        assertEquals("Saldo vencido: $1.234.567", email.subject());
    }

    @Test
    void unknownPlaceholderFailsAtLoad() throws IOException {
        TemplateEngine engine = engineWith("es-CL/firm.sms.mustache",
                "Hola {{customerNmae}}, debe {{totalDue}}");

        TemplateException e = assertThrows(TemplateException.class,
                () -> engine.validate("firm", ChannelKind.SMS, ES_CL));

        assertTrue(e.getMessage().contains("'{{customerNmae}}' is not a field of the message"
                + " model"), e.getMessage());
        assertTrue(e.getMessage().contains("firm.sms.mustache"), e.getMessage());
    }

    @Test
    void itemFieldOutsideItemsSectionFails() throws IOException {
        TemplateEngine engine = engineWith("en/friendly.sms.mustache", "Due {{dueDate}}");

        assertThrows(TemplateException.class,
                () -> engine.validate("friendly", ChannelKind.SMS, Locale.ENGLISH));
    }

    @Test
    void partialIsRejected() throws IOException {
        TemplateEngine engine = engineWith("en/friendly.sms.mustache", "{{> footer}}");

        TemplateException e = assertThrows(TemplateException.class,
                () -> engine.validate("friendly", ChannelKind.SMS, Locale.ENGLISH));

        assertTrue(e.getMessage().contains("partials"), e.getMessage());
    }

    @Test
    void overrideDirectoryWinsOverBuiltIn() throws IOException {
        TemplateEngine engine = engineWith("es/firm.sms.mustache", "Pague {{totalDue}} ya");

        RenderedMessage sms = engine.render("firm", ChannelKind.SMS,
                TemplateSamples.model(ES_CL), false);

        assertEquals("Pague $1.234.587 ya",
                ((MessageContent.Text) sms.content()).plain());
        assertEquals("es", sms.localeTag());
    }

    @Test
    void unknownLocaleFallsBackToLanguageThenEnglish() {
        RenderedMessage portuguese = TemplateEngine.builtIn().render("friendly", ChannelKind.SMS,
                TemplateSamples.model(Locale.forLanguageTag("pt-PT")), false);
        RenderedMessage german = TemplateEngine.builtIn().render("friendly", ChannelKind.SMS,
                TemplateSamples.model(Locale.GERMAN), false);

        assertEquals("pt-BR", portuguese.localeTag());
        assertEquals("en", german.localeTag());
    }

    @Test
    void whatsAppRendersTemplateNameAndParameters() {
        RenderedMessage message = TemplateEngine.builtIn().render("firm", ChannelKind.WHATSAPP,
                TemplateSamples.model(ES_CL), false);

        MessageContent.ApprovedTemplate template =
                assertInstanceOf(MessageContent.ApprovedTemplate.class, message.content());
        assertEquals("saldo_vencido", template.name());
        assertEquals("es_CL", template.language());
        assertEquals(List.of("María José Pérez", "$1.234.587", "28-05-2025", "RC1123456717",
                "https://pay.example/l/t1"), template.parameters());
    }

    @Test
    void smsOverLimitWarnsAndOffersTransliteration() throws IOException {
        TemplateEngine engine = TemplateEngine.builder()
                .source(TemplateSource.directory(overrides)).smsMaxSegments(1).build();
        Path path = overrides.resolve("es-CL/final.sms.mustache");
        Files.createDirectories(path.getParent());
        Files.writeString(path, "Último aviso {{customerName}}: acción requerida, saldo"
                + " {{totalDue}}. Pague hoy mismo en {{paymentLink}}");

        RenderedMessage sms = engine.render("final", ChannelKind.SMS,
                TemplateSamples.model(ES_CL), false);

        assertEquals(SmsEncoding.UCS_2, sms.sms().encoding());
        assertEquals(2, sms.sms().segments());
        assertTrue(sms.warnings().get(0).startsWith("SMS takes 2 UCS_2 segments, over the limit"
                + " of 1; its GSM-7 transliteration takes 1"), sms.warnings().toString());
        assertTrue(sms.gsm7Alternative().startsWith("Ultimo aviso Maria José Pérez"),
                sms.gsm7Alternative());
    }

    @Test
    void smsTransliteratedWhenConfigured() throws IOException {
        Path path = overrides.resolve("es-CL/final.sms.mustache");
        Files.createDirectories(path.getParent());
        Files.writeString(path, "Último aviso {{customerName}}: acción requerida, saldo"
                + " {{totalDue}}. Pague hoy mismo en {{paymentLink}}");
        TemplateEngine engine = TemplateEngine.builder()
                .source(TemplateSource.directory(overrides)).transliterateSms(true).build();

        RenderedMessage sms = engine.render("final", ChannelKind.SMS,
                TemplateSamples.model(ES_CL), false);

        assertEquals(SmsEncoding.GSM_7, sms.sms().encoding());
        assertNull(sms.gsm7Alternative());
    }

    @Test
    void consumerTemplateWithLegalThreatWarns() throws IOException {
        TemplateEngine engine = engineWith("es-CL/final.sms.mustache",
                "Si no paga {{totalDue}} iniciaremos una demanda y lo informaremos a DICOM");

        RenderedMessage consumer = engine.render("final", ChannelKind.SMS,
                TemplateSamples.model(ES_CL), true);
        RenderedMessage company = engine.render("final", ChannelKind.SMS,
                TemplateSamples.model(ES_CL), false);

        assertEquals(2, consumer.warnings().size(), consumer.warnings().toString());
        assertTrue(consumer.warnings().get(0).contains("'demanda' (lawsuit)"));
        assertTrue(consumer.warnings().get(1).contains("'dicom' (credit bureau)"));
        assertTrue(company.warnings().isEmpty());
    }

    @Test
    void legalThreatCheckIgnoresAccentsAndCase() {
        assertEquals(1, LegalThreatCheck.check("Procederemos al EMBARGO de sus bienes").size());
        assertEquals(1, LegalThreatCheck.check("Boletín Comercial").size());
        assertEquals(1, LegalThreatCheck.check("we will take legal action").size());
        assertTrue(LegalThreatCheck.check("Le recordamos su saldo pendiente").isEmpty());
    }

    @Test
    void builtInTemplatesHaveNoLegalThreats() {
        TemplateEngine engine = TemplateEngine.builtIn();
        for (Locale locale : TemplateEngine.BUILT_IN_LOCALES) {
            for (String id : TemplateEngine.BUILT_IN_TEMPLATES) {
                for (ChannelKind kind : BuiltInTemplatesTest.channelsOf(id)) {
                    assertTrue(engine.checkConsumerWording(id, kind, locale).isEmpty(),
                            id + " " + kind + " " + locale);
                }
            }
        }
    }

    @Test
    void missingTemplateNamesLookedUpPaths() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> TemplateEngine.builtIn().render("nope", ChannelKind.SMS,
                        TemplateSamples.model(ES_CL), false));

        assertTrue(e.getMessage().contains("[es-CL, es, en]/nope.sms.mustache"), e.getMessage());
    }

    @Test
    void taskFirstLineIsTitle() {
        RenderedMessage task = TemplateEngine.builtIn().render("escalation",
                ChannelKind.HUMAN_TASK, TemplateSamples.taskModel(Locale.ENGLISH), false);

        MessageContent.Text text = (MessageContent.Text) task.content();
        assertEquals("Collections: María José Pérez owes CLP 154,700", text.subject());
        assertFalse(text.plain().contains("Collections:"));
    }
}
