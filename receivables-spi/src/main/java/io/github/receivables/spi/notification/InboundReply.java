package io.github.receivables.spi.notification;

import io.github.receivables.core.party.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A debtor's reply received on a channel.
 *
 * @param replyId the channel's id of the reply, unique per channel kind; never blank
 * @param customerId the debtor who replied; never null
 * @param kind the channel the reply came on; never null
 * @param receivedAt when it arrived; never null
 * @param inReplyToKey the idempotency key of the notification answered, or null when unknown
 * @param intent what the reply means; never null
 */
public record InboundReply(
        String replyId,
        CustomerId customerId,
        ChannelKind kind,
        Instant receivedAt,
        String inReplyToKey,
        ReplyIntent intent) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component other than inReplyToKey is null
     * @throws IllegalArgumentException if replyId is blank
     */
    public InboundReply {
        Objects.requireNonNull(replyId, "replyId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(intent, "intent");
        if (replyId.isBlank()) {
            throw new IllegalArgumentException("reply id must not be blank");
        }
    }

    /**
     * Returns the key of the notification replied to.
     *
     * @return the key, or empty when unknown
     */
    public Optional<String> findInReplyToKey() {
        return Optional.ofNullable(inReplyToKey);
    }
}
