package io.github.receivables.examples.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.NotificationRequest;
import io.github.receivables.spi.notification.Recipient;
import io.github.receivables.spi.notification.SendResult;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpEmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final String SUBJECT = "Recordatorio: cuota del año 2025, señor Núñez";
    private static final String PLAIN = "Estimado Sr. Núñez:\nSu cuota de $150.000 venció el"
            + " 10 de marzo. ¿Podría pagarla mañana?";
    private static final String HTML = "<p>Estimado Sr. Núñez:</p><p>Monto &lt;CLP 150.000&gt;"
            + " &amp; intereses &quot;según contrato&quot; &#241;</p>";

    private SmtpEmailChannel channel() {
        return SmtpEmailChannel.create(Fixtures.loopback(GREEN_MAIL.getSmtp().getPort())
                .fromName("Cobranza Ñuñoa").build(), Fixtures.CLOCK);
    }

    @Test
    void sendDeliversPlainAndHtmlAlternatives() throws Exception {
        String key = "reminder:C-1042/step-2";
        SendResult result = channel().send(
                Fixtures.email(key, new MessageContent.Text(SUBJECT, PLAIN, HTML)));

        SendResult.Sent sent = assertInstanceOf(SendResult.Sent.class, result);
        assertEquals("<reminder=3AC-1042/step-2@mail.example.cl>", sent.providerMessageId());
        assertEquals(Fixtures.NOW, sent.acceptedAt());
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage message = received[0];
        assertEquals(sent.providerMessageId(), message.getMessageID());
        assertEquals(key, message.getHeader(SmtpEmailChannel.IDEMPOTENCY_KEY_HEADER)[0]);
        assertEquals(Date.from(Fixtures.NOW), message.getSentDate());
        assertEquals(Fixtures.RECIPIENT,
                ((InternetAddress) message.getAllRecipients()[0]).getAddress());
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals(Fixtures.FROM, from.getAddress());
        assertEquals("Cobranza Ñuñoa", from.getPersonal());

        MimeMultipart body = assertInstanceOf(MimeMultipart.class, message.getContent());
        assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
        assertEquals(2, body.getCount());
        assertPart(body.getBodyPart(0), "text/plain", PLAIN);
        assertPart(body.getBodyPart(1), "text/html", HTML);
    }

    @Test
    void sendEncodesSubjectAsUtf8() throws Exception {
        channel().send(Fixtures.email("subject-1", new MessageContent.Text(SUBJECT, PLAIN, HTML)));

        MimeMessage message = GREEN_MAIL.getReceivedMessages()[0];
        String rawSubject = message.getHeader("Subject")[0];
        assertTrue(rawSubject.toUpperCase(Locale.ROOT).startsWith("=?UTF-8?"), rawSubject);
        assertEquals(SUBJECT, message.getSubject());
    }

    @Test
    void sendWithoutHtmlIsPlainText() throws Exception {
        SendResult result = channel().send(
                Fixtures.email("plain-1", new MessageContent.Text(SUBJECT, PLAIN, null)));

        assertInstanceOf(SendResult.Sent.class, result);
        MimeMessage message = GREEN_MAIL.getReceivedMessages()[0];
        assertTrue(message.isMimeType("text/plain"), message.getContentType());
        assertTrue(message.getContentType().toUpperCase(Locale.ROOT).contains("UTF-8"));
        assertEquals(PLAIN, normalize((String) message.getContent()));
    }

    @Test
    void sendWithoutSubjectOmitsIt() throws Exception {
        channel().send(Fixtures.email("no-subject", new MessageContent.Text(null, PLAIN, null)));

        assertEquals(null, GREEN_MAIL.getReceivedMessages()[0].getSubject());
    }

    @Test
    void repeatedKeyReturnsEarlierResult() {
        SmtpEmailChannel channel = channel();

        SendResult first = channel.send(Fixtures.email("repeat-1"));
        SendResult second = channel.send(Fixtures.email("repeat-1"));

        assertInstanceOf(SendResult.Sent.class, first);
        assertSame(first, second);
        assertEquals(1, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void concurrentSendsOfOneKeyDeliverOnce() throws Exception {
        SmtpEmailChannel channel = channel();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SendResult>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<SendResult> task = () -> {
                    start.await();
                    return channel.send(Fixtures.email("concurrent-1"));
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            SendResult first = futures.get(0).get(30, TimeUnit.SECONDS);
            assertInstanceOf(SendResult.Sent.class, first);
            for (Future<SendResult> future : futures) {
                assertEquals(first, future.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void approvedTemplateIsPermanentFailure() {
        SendResult result = channel().send(Fixtures.email("template-1",
                new MessageContent.ApprovedTemplate("cuota_vencida", "es_CL", List.of("1"))));

        assertInstanceOf(SendResult.PermanentFailure.class, result);
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void smsRequestIsPermanentFailure() {
        Recipient phone = new Recipient(new CustomerId("C-1042"), "+56912345678",
                Locale.forLanguageTag("es-CL"));
        NotificationRequest sms = new NotificationRequest("sms-1", ChannelKind.SMS, phone,
                new MessageContent.Text(null, "Su cuota venció.", null), Map.of());

        SendResult result = channel().send(sms);

        PermanentFailureCheck.assertReasonHides(result, "+56912345678");
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void invalidRecipientIsPermanentFailure() {
        String address = "juan nunez at example";
        SendResult result = channel().send(Fixtures.email("invalid-1", address,
                new MessageContent.Text(SUBJECT, PLAIN, null)));

        PermanentFailureCheck.assertReasonHides(result, address);
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void failedSendIsNotRemembered() {
        SmtpEmailChannel channel = channel();
        channel.send(Fixtures.email("invalid-2", "not-an-address",
                new MessageContent.Text(SUBJECT, PLAIN, null)));

        SendResult retried = channel.send(Fixtures.email("invalid-2"));

        assertInstanceOf(SendResult.Sent.class, retried);
        assertEquals(1, GREEN_MAIL.getReceivedMessages().length);
    }

    private static void assertPart(BodyPart part, String mimeType, String text) throws Exception {
        assertTrue(part.isMimeType(mimeType), part.getContentType());
        assertTrue(part.getContentType().toUpperCase(Locale.ROOT).contains("CHARSET=UTF-8"),
                part.getContentType());
        assertEquals(text, normalize((String) part.getContent()));
    }

    /** Undoes the CRLF line breaks of the SMTP transfer. */
    private static String normalize(String text) {
        return text.replace("\r\n", "\n");
    }
}
