package io.github.receivables.examples.smtp;

import io.github.receivables.core.party.Masking;
import io.github.receivables.spi.notification.ChannelCapabilities;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.notification.NotificationRequest;
import io.github.receivables.spi.notification.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The email {@link NotificationChannel} over SMTP. Each call to {@link #send} opens one
 * connection, sends one message and closes the connection; there is no connection pool.
 *
 * <p>The message has the Message-ID {@link MessageIds#of} derives from the idempotency key and
 * the key itself in the {@value #IDEMPOTENCY_KEY_HEADER} header. Its body is multipart/alternative
 * with a UTF-8 plain text part and a UTF-8 HTML part, or only the plain text part when the content
 * has no HTML. The subject is encoded as UTF-8 (RFC 2047).
 *
 * <p>Idempotency: after a {@link SendResult.Sent}, the channel stores the key in its {@link
 * SentMessageStore}, and a later request with the key returns the stored result without
 * connecting. The store decides how long keys are kept: see {@link InMemorySentMessageStore} for
 * the limits of the default one. Sends of one key are serialized within this channel, so two
 * concurrent requests with one key deliver once.
 *
 * <p>Failures map to the sealed result as follows. A 4xx reply, a refused or dropped connection
 * and a timeout before the message data was complete return {@link SendResult.TransientFailure}.
 * A 5xx reply returns {@link SendResult.PermanentFailure}, except 552 to RCPT TO, which RFC 5321
 * has clients treat as temporary. A dropped connection or timeout after the whole message
 * was written and before the server's final reply returns {@link SendResult.Unknown}.
 *
 * <p>NOTE: SMTP offers no way to ask whether such an interrupted message was queued, so a retry
 * after {@link SendResult.Unknown} sends a second copy. Both copies carry the same Message-ID
 * and idempotency key header, which lets the receiving side drop the repeat; the channel itself
 * cannot.
 *
 * <p>Logging (SLF4J, logger {@code io.github.receivables.examples.smtp.SmtpEmailChannel}): the
 * start of a send at DEBUG with the masked recipient, a sent message at INFO, each failure at
 * WARN with the key and the SMTP reply code. The recipient address never appears above DEBUG.
 *
 * <p>Thread-safe.
 */
public final class SmtpEmailChannel implements NotificationChannel {

    /** The header that carries the notification's idempotency key. */
    public static final String IDEMPOTENCY_KEY_HEADER = "X-Receivables-Idempotency-Key";

    private static final Logger LOG = LoggerFactory.getLogger(SmtpEmailChannel.class);

    /** Sends of keys with the same stripe wait for each other; 64 sends run at once at most. */
    private static final int LOCK_STRIPES = 64;

    private final SmtpSettings settings;
    private final SentMessageStore sentMessages;
    private final Clock clock;
    private final Session session;
    private final MessageComposer composer;
    private final Object[] keyLocks = new Object[LOCK_STRIPES];

    private SmtpEmailChannel(SmtpSettings settings, SentMessageStore sentMessages, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sentMessages = Objects.requireNonNull(sentMessages, "sentMessages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Session.getInstance(SessionProperties.of(settings));
        this.composer = new MessageComposer(session, settings);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            keyLocks[i] = new Object();
        }
    }

    /**
     * Creates a channel that remembers the last {@value InMemorySentMessageStore#DEFAULT_CAPACITY}
     * sent keys in memory.
     *
     * @param settings the server and sender; never null
     * @param clock the clock that stamps the Date header and the acceptance time; never null
     * @return the channel; never null
     * @throws NullPointerException if an argument is null
     */
    public static SmtpEmailChannel create(SmtpSettings settings, Clock clock) {
        return new SmtpEmailChannel(settings,
                new InMemorySentMessageStore(InMemorySentMessageStore.DEFAULT_CAPACITY), clock);
    }

    /**
     * Creates a channel that remembers sent keys in the given store.
     *
     * @param settings the server and sender; never null
     * @param sentMessages the record of sent keys, such as one over the host's database; never
     *     null
     * @param clock the clock that stamps the Date header and the acceptance time; never null
     * @return the channel; never null
     * @throws NullPointerException if an argument is null
     */
    public static SmtpEmailChannel create(SmtpSettings settings, SentMessageStore sentMessages,
            Clock clock) {
        return new SmtpEmailChannel(settings, sentMessages, clock);
    }

    /**
     * Returns {@link ChannelKind#EMAIL}.
     *
     * @return the kind; never null
     */
    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    /**
     * Returns the email capabilities: any length, HTML next to plain text, free text.
     *
     * @return the capabilities; never null
     */
    @Override
    public ChannelCapabilities capabilities() {
        return ChannelCapabilities.email();
    }

    /**
     * Returns the settings the channel sends with.
     *
     * @return the settings; never null
     */
    public SmtpSettings settings() {
        return settings;
    }

    /**
     * Returns the Message-ID that a request with this key is sent with.
     *
     * @param idempotencyKey the key, 1 to 200 printable ASCII characters
     * @return the id in angle brackets; never null
     * @throws NullPointerException if the key is null
     * @throws IllegalArgumentException if the key is empty or not printable ASCII
     */
    public String messageIdFor(String idempotencyKey) {
        return MessageIds.of(idempotencyKey, settings.messageIdDomain());
    }

    /**
     * Sends one email, or returns the stored result when the key was sent before. The result's
     * provider message id is the Message-ID. A request of another kind than {@link
     * ChannelKind#EMAIL}, with {@link MessageContent.ApprovedTemplate} content or with an
     * invalid recipient address returns {@link SendResult.PermanentFailure} without connecting.
     *
     * @param request the notification; never null
     * @return the result; never null
     * @throws NullPointerException if request is null
     */
    @Override
    public SendResult send(NotificationRequest request) {
        Objects.requireNonNull(request, "request");
        String key = request.idempotencyKey();
        synchronized (lockFor(key)) {
            Optional<SendResult.Sent> earlier = sentMessages.find(key);
            if (earlier.isPresent()) {
                LOG.debug("Email {} was sent before as {}; not sending again", key,
                        earlier.get().providerMessageId());
                return earlier.get();
            }
            SendResult result = sendOnce(request);
            if (result instanceof SendResult.Sent sent) {
                sentMessages.remember(key, sent);
            }
            return result;
        }
    }

    private SendResult sendOnce(NotificationRequest request) {
        String key = request.idempotencyKey();
        if (request.kind() != ChannelKind.EMAIL) {
            return reject(key, "the email channel cannot send a " + request.kind()
                    + " notification");
        }
        if (!(request.content() instanceof MessageContent.Text text)) {
            return reject(key, "the email channel sends free text, not a pre-approved template");
        }
        LOG.debug("Sending email {} to {} through {}:{}", key,
                Masking.mask(request.recipient().address()), settings.host(), settings.port());
        Instant now = clock.instant();
        OutgoingMessage message;
        try {
            message = composer.compose(request, text, now);
        } catch (AddressException e) {
            return reject(key, "the recipient address is not a valid RFC 5322 address");
        } catch (MessagingException e) {
            return reject(key, "the message could not be built: " + e.getMessage());
        }
        return transmit(key, message);
    }

    private SendResult transmit(String key, OutgoingMessage message) {
        SMTPTransport transport = null;
        try {
            transport = (SMTPTransport) session.getTransport("smtp");
            transport.connect(settings.host(), settings.port(), settings.username(),
                    settings.password());
            transport.sendMessage(message, message.getAllRecipients());
            SendResult.Sent sent = new SendResult.Sent(message.messageId(), clock.instant());
            LOG.info("Sent email {} as {}", key, message.messageId());
            return sent;
        } catch (MessagingException e) {
            int lastCode = transport == null ? -1 : transport.getLastReturnCode();
            SendResult result = SmtpFailures.classify(e, message.dataWritten(), lastCode);
            LOG.warn("Email {} not sent, {} (SMTP reply code {}): {}", key,
                    outcome(result), SmtpFailures.replyCode(e, lastCode), reason(result));
            LOG.debug("Failure detail of email {}", key, e);
            return result;
        } finally {
            closeQuietly(key, transport);
        }
    }

    private SendResult reject(String key, String reason) {
        LOG.warn("Email {} not sent, permanent failure (SMTP reply code none): {}", key, reason);
        return new SendResult.PermanentFailure(reason);
    }

    private static void closeQuietly(String key, SMTPTransport transport) {
        if (transport == null || !transport.isConnected()) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the SMTP connection of email {} failed; the result stands", key, e);
        }
    }

    private Object lockFor(String key) {
        return keyLocks[Math.floorMod(key.hashCode(), LOCK_STRIPES)];
    }

    private static String outcome(SendResult result) {
        if (result instanceof SendResult.TransientFailure) {
            return "transient failure";
        }
        if (result instanceof SendResult.PermanentFailure) {
            return "permanent failure";
        }
        return "outcome unknown";
    }

    private static String reason(SendResult result) {
        if (result instanceof SendResult.TransientFailure failure) {
            return failure.reason();
        }
        if (result instanceof SendResult.PermanentFailure failure) {
            return failure.reason();
        }
        if (result instanceof SendResult.Unknown unknown) {
            return unknown.reason();
        }
        return result.toString();
    }
}
