package io.github.receivables.examples.smtp;

import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.NotificationRequest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Builds the MIME message for one notification. Thread-safe: it keeps no state per message. */
final class MessageComposer {

    /** RFC 5322 date with English names whatever the JVM's default locale. */
    private static final DateTimeFormatter DATE_HEADER =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.US);

    private static final String UTF_8 = "UTF-8";

    private final Session session;
    private final SmtpSettings settings;
    private final InternetAddress from;

    MessageComposer(Session session, SmtpSettings settings) {
        this.session = session;
        this.settings = settings;
        this.from = senderAddress(settings);
    }

    /**
     * Builds the message: From, To, Date, Subject, Message-ID, the idempotency key header and a
     * multipart/alternative body with the plain text first and the HTML second, or a text/plain
     * body when the content has no HTML.
     *
     * @throws AddressException if the recipient address is not a valid RFC 5322 address
     * @throws MessagingException if Jakarta Mail rejects a header or part
     */
    OutgoingMessage compose(NotificationRequest request, MessageContent.Text text,
            Instant sentAt) throws MessagingException {
        String messageId = MessageIds.of(request.idempotencyKey(), settings.messageIdDomain());
        OutgoingMessage message = new OutgoingMessage(session, messageId);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO,
                new InternetAddress(request.recipient().address(), true));
        message.setHeader("Date", DATE_HEADER.format(sentAt.atOffset(ZoneOffset.UTC)));
        message.setHeader(SmtpEmailChannel.IDEMPOTENCY_KEY_HEADER, request.idempotencyKey());
        if (text.subject() != null) {
            message.setSubject(text.subject(), UTF_8);
        }
        if (text.html() == null) {
            message.setText(text.plain(), UTF_8, "plain");
        } else {
            message.setContent(alternative(text.plain(), text.html()));
        }
        message.saveChanges();
        return message;
    }

    private static MimeMultipart alternative(String plain, String html)
            throws MessagingException {
        MimeBodyPart plainPart = new MimeBodyPart();
        plainPart.setText(plain, UTF_8, "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, UTF_8, "html");

        // RFC 2046 orders alternatives from the plainest to the richest one.
        MimeMultipart multipart = new MimeMultipart("alternative");
        multipart.addBodyPart(plainPart);
        multipart.addBodyPart(htmlPart);
        return multipart;
    }

    private static InternetAddress senderAddress(SmtpSettings settings) {
        try {
            return new InternetAddress(settings.fromAddress(), settings.fromName(), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("the JVM lacks the UTF-8 charset", e);
        }
    }
}
