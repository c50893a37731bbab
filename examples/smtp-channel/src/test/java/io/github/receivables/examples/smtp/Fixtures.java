package io.github.receivables.examples.smtp;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.NotificationRequest;
import io.github.receivables.spi.notification.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** Shared requests, settings and clock of the channel tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-03-14T12:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String RECIPIENT = "juan.nunez@example.cl";
    static final String FROM = "cobranza@example.cl";
    static final String MESSAGE_ID_DOMAIN = "mail.example.cl";

    private Fixtures() {}

    /** Settings for a server on loopback without TLS, with two-second timeouts. */
    static SmtpSettings.Builder loopback(int port) {
        return SmtpSettings.builder("127.0.0.1", port, FROM)
                .security(SmtpSecurity.NONE)
                .messageIdDomain(MESSAGE_ID_DOMAIN)
                .connectTimeoutMillis(2_000)
                .readTimeoutMillis(2_000);
    }

    static SmtpEmailChannel channel(int port) {
        return SmtpEmailChannel.create(loopback(port).build(), CLOCK);
    }

    static NotificationRequest email(String key, MessageContent content) {
        return email(key, RECIPIENT, content);
    }

    static NotificationRequest email(String key, String address, MessageContent content) {
        Recipient recipient = new Recipient(new CustomerId("C-1042"), address,
                Locale.forLanguageTag("es-CL"));
        return new NotificationRequest(key, ChannelKind.EMAIL, recipient, content,
                Map.of("customer", "C-1042", "step", "2"));
    }

    static NotificationRequest email(String key) {
        return email(key, new MessageContent.Text("Recordatorio de pago",
                "Su cuota venció el 10 de marzo.", "<p>Su cuota venció el 10 de marzo.</p>"));
    }
}
