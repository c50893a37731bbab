package io.github.receivables.reminders.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BuiltInTemplatesTest {

    static List<ChannelKind> channelsOf(String templateId) {
        if (templateId.equals("escalation")) {
            return List.of(ChannelKind.HUMAN_TASK);
        }
        return List.of(ChannelKind.EMAIL, ChannelKind.SMS, ChannelKind.WHATSAPP,
                ChannelKind.LETTER);
    }

    static TemplateModel modelFor(String templateId, Locale locale) {
        switch (templateId) {
            case "factor-notice":
                return TemplateSamples.factorModel(locale);
            case "escalation":
                return TemplateSamples.taskModel(locale);
            default:
                return TemplateSamples.model(locale);
        }
    }

    @Test
    void everyBuiltInRendersWithoutBlanks() {
        TemplateEngine engine = TemplateEngine.builtIn();
        int rendered = 0;
        for (Locale locale : TemplateEngine.BUILT_IN_LOCALES) {
            for (String id : TemplateEngine.BUILT_IN_TEMPLATES) {
                for (ChannelKind kind : channelsOf(id)) {
                    RenderedMessage message = engine.render(id, kind, modelFor(id, locale), true);
                    String where = id + " " + kind + " " + locale.toLanguageTag();
                    assertEquals(locale.toLanguageTag(), message.localeTag(), where);
                    assertFalse(TemplateDocs.text(message).contains("{{"), where);
                    assertFalse(TemplateDocs.text(message).contains("  "), where);
                    String total = LocalizedFormat.money(modelFor(id, locale).total(), locale);
                    assertTrue(TemplateDocs.text(message).contains(total), where);
                    rendered++;
                }
            }
        }
        assertEquals(4 * (4 * 4 + 1), rendered);
    }

    @Test
    void builtInSmsFitTwoGsmSegments() {
        TemplateEngine engine = TemplateEngine.builtIn();
        for (Locale locale : TemplateEngine.BUILT_IN_LOCALES) {
            for (String id : List.of("friendly", "firm", "final")) {
                RenderedMessage sms = engine.render(id, ChannelKind.SMS,
                        TemplateSamples.model(locale), false);
                assertTrue(sms.sms().segments() <= 2, id + " " + locale + ": " + sms.sms());
                assertTrue(sms.warnings().isEmpty(), sms.warnings().toString());
            }
        }
    }

    @Test
    void whatsAppTemplatesKeepParameterCount() {
        TemplateEngine engine = TemplateEngine.builtIn();
        TemplateModel noLink = new TemplateModel("Ana", TemplateSamples.CREDITOR,
                Locale.ENGLISH, TemplateSamples.model(Locale.ENGLISH).asOf(),
                TemplateSamples.model(Locale.ENGLISH).items(), null, null, null, null, null,
                null);

        MessageContent.ApprovedTemplate with = (MessageContent.ApprovedTemplate) engine.render(
                "friendly", ChannelKind.WHATSAPP, TemplateSamples.model(Locale.ENGLISH), false)
                .content();
        MessageContent.ApprovedTemplate without = (MessageContent.ApprovedTemplate) engine
                .render("friendly", ChannelKind.WHATSAPP, noLink, false).content();

        assertEquals(with.parameters().size(), without.parameters().size());
        assertEquals("-", without.parameters().get(4));
    }

    @Test
    void docsTemplatesPageIsUpToDate() throws IOException {
        Path docs = TemplateDocs.docsFile();
        String expected = TemplateDocs.generate();

        if (Boolean.getBoolean("updateDocs")) {
            Files.writeString(docs, expected, StandardCharsets.UTF_8);
        }

        assertEquals(expected, Files.readString(docs, StandardCharsets.UTF_8),
                "docs/templates.md is stale: run this test with -DupdateDocs=true");
    }
}
