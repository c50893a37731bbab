package io.github.receivables.examples.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SmtpSettingsTest {

    private static SmtpSettings.Builder builder() {
        return SmtpSettings.builder("smtp.example.cl", 587, "cobranza@example.cl");
    }

    @Test
    void builderDefaults() {
        SmtpSettings settings = builder().build();

        assertEquals(SmtpSecurity.STARTTLS, settings.security());
        assertEquals(SmtpSettings.DEFAULT_CONNECT_TIMEOUT_MILLIS, settings.connectTimeoutMillis());
        assertEquals(SmtpSettings.DEFAULT_READ_TIMEOUT_MILLIS, settings.readTimeoutMillis());
        assertEquals("example.cl", settings.messageIdDomain());
        assertEquals("example.cl", settings.ehloName());
        assertEquals(null, settings.username());
        assertEquals(null, settings.password());
    }

    @Test
    void ehloNameFollowsMessageIdDomain() {
        SmtpSettings settings = builder().messageIdDomain("mail.example.cl").build();

        assertEquals("mail.example.cl", settings.ehloName());
    }

    @Test
    void toStringHidesPassword() {
        String text = builder().credentials("cobranza", "s3cret-pw").build().toString();

        assertFalse(text.contains("s3cret-pw"), text);
        assertTrue(text.contains("password=***"), text);
    }

    @Test
    void portOutOfRangeIsRejected() {
        assertRejected(() -> SmtpSettings.builder("smtp.example.cl", 0, "a@example.cl"), "0");
        assertRejected(() -> SmtpSettings.builder("smtp.example.cl", 65_536, "a@example.cl"),
                "65536");
    }

    @Test
    void blankHostIsRejected() {
        assertRejected(() -> SmtpSettings.builder(" ", 587, "a@example.cl"), "host");
    }

    @Test
    void fromWithDisplayNameIsRejected() {
        assertRejected(() -> SmtpSettings.builder("smtp.example.cl", 587,
                "Cobranza <cobranza@example.cl>"), "fromName");
    }

    @Test
    void invalidFromIsRejected() {
        assertRejected(() -> SmtpSettings.builder("smtp.example.cl", 587, "cobranza"),
                "cobranza");
    }

    @Test
    void credentialsWithoutTlsAreRejected() {
        assertRejected(() -> builder().security(SmtpSecurity.NONE)
                .credentials("cobranza", "pw").build(), "clear text");
    }

    @Test
    void usernameWithoutPasswordIsRejected() {
        assertRejected(() -> new SmtpSettings("smtp.example.cl", 587, SmtpSecurity.STARTTLS,
                "cobranza", null, "cobranza@example.cl", null, 1, 1, "example.cl", "example.cl",
                null), "together");
    }

    @Test
    void zeroTimeoutIsRejected() {
        assertRejected(() -> builder().readTimeoutMillis(0), "readTimeoutMillis");
        assertRejected(() -> builder().connectTimeoutMillis(-5), "connectTimeoutMillis");
    }

    @Test
    void messageIdDomainWithBracketsIsRejected() {
        assertRejected(() -> builder().messageIdDomain("[127.0.0.1]"), "[127.0.0.1]");
    }

    @Test
    void fromDomainLiteralNeedsMessageIdDomain() {
        SmtpSettings.Builder literal =
                SmtpSettings.builder("smtp.example.cl", 587, "cobranza@[192.0.2.1]");

        assertRejected(literal::build, "set messageIdDomain");
        assertEquals("mail.example.cl",
                literal.messageIdDomain("mail.example.cl").build().messageIdDomain());
    }

    private static void assertRejected(Executable action, String messagePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }
}
