package io.github.receivables.examples.smtp;

import io.github.receivables.spi.notification.SendResult;
import java.util.Optional;

/**
 * The record of idempotency keys that an {@link SmtpEmailChannel} has sent, with the result of
 * each first send. The channel looks a key up before it connects and returns the stored result
 * instead of sending again.
 *
 * <p>The {@link io.github.receivables.spi.notification.NotificationChannel} contract requires
 * the channel to keep a key at least as long as the host keeps its outbox records. {@link
 * InMemorySentMessageStore} evicts keys past its capacity and loses them on restart, so a host
 * that runs more than one node, or restarts, implements this interface over its own database.
 *
 * <p>Implementations must be thread-safe.
 */
public interface SentMessageStore {

    /**
     * Finds the result of the earlier send of a key.
     *
     * @param idempotencyKey the key; never null
     * @return the stored result, or empty when the key was never sent or was forgotten
     */
    Optional<SendResult.Sent> find(String idempotencyKey);

    /**
     * Stores the result of a successful send. Storing a key again replaces its result.
     *
     * @param idempotencyKey the key; never null
     * @param sent the result; never null
     */
    void remember(String idempotencyKey, SendResult.Sent sent);
}
