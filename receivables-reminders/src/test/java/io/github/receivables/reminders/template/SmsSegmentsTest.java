package io.github.receivables.reminders.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void gsm160CharactersIsOneSegment() {
        SmsSegments sms = SmsSegments.of("a".repeat(160));

        assertEquals(SmsEncoding.GSM_7, sms.encoding());
        assertEquals(160, sms.units());
        assertEquals(1, sms.segments());
    }

    @Test
    void gsm161CharactersIsTwoSegments() {
        assertEquals(2, SmsSegments.of("a".repeat(161)).segments());
    }

    @Test
    void gsmSplitsAt153PerSegment() {
        assertEquals(2, SmsSegments.of("a".repeat(306)).segments());
        assertEquals(3, SmsSegments.of("a".repeat(307)).segments());
    }

    @Test
    void extensionCharacterCountsTwo() {
        SmsSegments eighty = SmsSegments.of("€".repeat(80));
        SmsSegments eightyOne = SmsSegments.of("€".repeat(81));

        assertEquals(160, eighty.units());
        assertEquals(1, eighty.segments());
        assertEquals(162, eightyOne.units());
        assertEquals(2, eightyOne.segments());
    }

    @Test
    void extensionCharacterIsNotSplitAcrossSegments() {
        // 152 septets then a two-septet character: 154 does not fit the first 153.
        SmsSegments sms = SmsSegments.of("a".repeat(152) + "{" + "a".repeat(8));

        assertEquals(162, sms.units());
        assertEquals(2, sms.segments());
    }

    @Test
    void spanishEnyeAndEAcuteStayGsm() {
        SmsSegments sms = SmsSegments.of("¿Señor José? ¡Pagué! Ü é ñ Ñ É");

        assertEquals(SmsEncoding.GSM_7, sms.encoding());
    }

    @Test
    void spanishAAcuteForcesUcs2() {
        assertEquals(SmsEncoding.UCS_2, SmsSegments.of("Está").encoding());
        assertEquals(SmsEncoding.UCS_2, SmsSegments.of("día").encoding());
        assertEquals(SmsEncoding.UCS_2, SmsSegments.of("acción").encoding());
        assertEquals(SmsEncoding.UCS_2, SmsSegments.of("último").encoding());
    }

    @Test
    void ucs2Is70AloneAnd67Split() {
        assertEquals(1, SmsSegments.of("á".repeat(70)).segments());
        assertEquals(2, SmsSegments.of("á".repeat(71)).segments());
        assertEquals(2, SmsSegments.of("á".repeat(134)).segments());
        assertEquals(3, SmsSegments.of("á".repeat(135)).segments());
    }

    @Test
    void transliterationDropsOnlyMissingAccents() {
        String text = "Último día: acción rápida, Señor José ¿Pagó? “ok” – ya";

        String gsm = Gsm7.transliterate(text);

        assertEquals("Ultimo dia: accion rapida, Señor José ¿Pago? \"ok\" - ya", gsm);
        assertTrue(Gsm7.isGsm7(gsm));
    }

    @Test
    void transliterationReplacesUnmappableWithQuestionMark() {
        assertEquals("pay ? now", Gsm7.transliterate("pay \uD83D\uDE00 now"));
    }
}
