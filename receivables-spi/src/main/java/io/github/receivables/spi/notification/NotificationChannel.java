package io.github.receivables.spi.notification;

/**
 * Sends notifications over one channel kind: email, SMS, WhatsApp, letter, portal, or a human
 * task queue. The host implements it over its own provider and registers it with the
 * dispatcher.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Idempotency: a request whose {@link NotificationRequest#idempotencyKey() key} the channel
 *       has accepted before must not be delivered again; the channel returns the earlier
 *       {@link SendResult.Sent} (or an equal one). The key must be kept at least as long as the
 *       host keeps outbox records. Without this, a crash between the send and its recording can
 *       duplicate a message.
 *   <li>Failures: the channel returns {@link SendResult.TransientFailure} when a retry may help,
 *       {@link SendResult.PermanentFailure} when it cannot, and {@link SendResult.Unknown} when it
 *       cannot tell whether the provider accepted the message. A thrown runtime exception is
 *       treated as {@code Unknown}.
 *   <li>Thread safety: implementations must accept concurrent calls to {@link #send}.
 *   <li>Privacy: implementations must not log recipient addresses or content above DEBUG.
 * </ul>
 */
public interface NotificationChannel {

    /**
     * Returns the kind of channel this is.
     *
     * @return the kind; never null
     */
    ChannelKind kind();

    /**
     * Returns what the channel can carry. The default is an email-like channel with no length
     * limit and HTML.
     *
     * @return the capabilities; never null
     */
    default ChannelCapabilities capabilities() {
        return ChannelCapabilities.email();
    }

    /**
     * Sends one notification, or returns the earlier result when its key was accepted before.
     *
     * @param request the notification; never null
     * @return the result; never null
     */
    SendResult send(NotificationRequest request);
}
