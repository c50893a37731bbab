package io.github.receivables.examples.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.receivables.examples.smtp.InterruptingRelay.Fault;
import io.github.receivables.spi.notification.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retries the way the dispatcher does, with the same key, through a relay that breaks the first
 * connection in front of GreenMail.
 */
class SmtpRetryTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final String KEY = "reminder:C-1042/step-3";

    @Test
    void retryAfterTransientFailureDeliversOnce() throws Exception {
        try (InterruptingRelay relay = relay().thenFault(Fault.CLOSE_ON_ACCEPT)) {
            SmtpEmailChannel channel = Fixtures.channel(relay.port());

            SendResult first = channel.send(Fixtures.email(KEY));
            SendResult second = channel.send(Fixtures.email(KEY));

            assertInstanceOf(SendResult.TransientFailure.class, first);
            assertInstanceOf(SendResult.Sent.class, second);
            assertEquals(1, GREEN_MAIL.getReceivedMessages().length);
        }
    }

    @Test
    void retryAfterUnknownReusesMessageId() throws Exception {
        try (InterruptingRelay relay = relay().thenFault(Fault.SWALLOW_FINAL_REPLY)) {
            SmtpEmailChannel channel = Fixtures.channel(relay.port());

            SendResult first = channel.send(Fixtures.email(KEY));
            assertInstanceOf(SendResult.Unknown.class, first);
            assertTrue(GREEN_MAIL.waitForIncomingEmail(5_000, 1), "server queued the message");

            SendResult second = channel.send(Fixtures.email(KEY));
            SendResult.Sent sent = assertInstanceOf(SendResult.Sent.class, second);

            MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
            assertEquals(2, received.length);
            Map<String, MimeMessage> byMessageId = byMessageId(received);
            assertEquals(1, byMessageId.size());
            assertEquals(channel.messageIdFor(KEY), sent.providerMessageId());
            assertTrue(byMessageId.containsKey(sent.providerMessageId()));
            for (MimeMessage message : received) {
                assertEquals(KEY, message.getHeader(SmtpEmailChannel.IDEMPOTENCY_KEY_HEADER)[0]);
            }
        }
    }

    @Test
    void retryAfterSentSendsNothing() throws Exception {
        try (InterruptingRelay relay = relay()) {
            SmtpEmailChannel channel = Fixtures.channel(relay.port());
            SendResult first = channel.send(Fixtures.email(KEY));

            SendResult second = channel.send(Fixtures.email(KEY));
            SendResult third = channel.send(Fixtures.email(KEY));

            assertInstanceOf(SendResult.Sent.class, first);
            assertSame(first, second);
            assertSame(first, third);
            assertEquals(1, GREEN_MAIL.getReceivedMessages().length);
        }
    }

    @Test
    void sharedStoreDeduplicatesAcrossChannels() throws Exception {
        SentMessageStore store = new InMemorySentMessageStore(10);
        int port = GREEN_MAIL.getSmtp().getPort();
        SmtpEmailChannel nodeA =
                SmtpEmailChannel.create(Fixtures.loopback(port).build(), store, Fixtures.CLOCK);
        SmtpEmailChannel nodeB =
                SmtpEmailChannel.create(Fixtures.loopback(port).build(), store, Fixtures.CLOCK);

        SendResult first = nodeA.send(Fixtures.email(KEY));
        SendResult second = nodeB.send(Fixtures.email(KEY));

        assertSame(first, second);
        assertEquals(1, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void evictedKeyIsSentAgain() throws Exception {
        SentMessageStore store = new InMemorySentMessageStore(1);
        SmtpEmailChannel channel = SmtpEmailChannel.create(
                Fixtures.loopback(GREEN_MAIL.getSmtp().getPort()).build(), store, Fixtures.CLOCK);

        channel.send(Fixtures.email("first"));
        channel.send(Fixtures.email("second"));
        channel.send(Fixtures.email("first"));

        assertEquals(3, GREEN_MAIL.getReceivedMessages().length);
    }

    private static InterruptingRelay relay() throws IOException {
        return InterruptingRelay.to(GREEN_MAIL.getSmtp().getPort());
    }

    /** Groups messages the way a receiver that drops repeated Message-IDs would. */
    private static Map<String, MimeMessage> byMessageId(MimeMessage[] messages)
            throws MessagingException {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage message : messages) {
            byId.putIfAbsent(message.getMessageID(), message);
        }
        return byId;
    }
}
