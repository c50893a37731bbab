package io.github.receivables.spi.store;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reminder to send, as the planner writes it to the outbox before anything is sent.
 *
 * @param key the idempotency key, deterministic for the planned action so that planning twice
 *     gives the same key; 1 to {@link #MAX_KEY_LENGTH} characters, not blank
 * @param customerId the debtor; never null
 * @param channel the channel the reminder goes out on, or null when it is a task for a person
 *     (such as calling the debtor from a collector's worklist) that reaches the debtor on no
 *     contact channel, so contact budgets do not count it
 * @param documentIds the documents the reminder is about; never null, may be empty
 * @param createdAt when the planner wrote the entry; never null
 * @param notBefore the earliest instant the entry may be sent; never null
 * @param payload what the dispatcher needs to send, as the reminders module encodes it (it may
 *     contain personal data: never log it); never null, at most {@link #MAX_PAYLOAD_LENGTH}
 *     characters
 */
public record OutboxEntry(
        String key,
        CustomerId customerId,
        ContactChannel channel,
        List<DocumentId> documentIds,
        Instant createdAt,
        Instant notBefore,
        String payload) {

    /** The maximum idempotency key length every store accepts. */
    public static final int MAX_KEY_LENGTH = 200;

    /** The maximum payload length every store accepts, in characters. */
    public static final int MAX_PAYLOAD_LENGTH = 1_000_000;

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component other than channel is null
     * @throws IllegalArgumentException if the key is blank or too long, or the payload too long
     */
    public OutboxEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(payload, "payload");
        documentIds = List.copyOf(documentIds);
        requireKey(key);
        if (payload.length() > MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("outbox entry " + key + " has a payload of "
                    + payload.length() + " characters; the limit is " + MAX_PAYLOAD_LENGTH);
        }
    }

    /**
     * Checks an idempotency key.
     *
     * @param key the key
     * @return the key
     * @throws NullPointerException if key is null
     * @throws IllegalArgumentException if the key is blank or longer than {@link #MAX_KEY_LENGTH}
     */
    public static String requireKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("outbox key '" + key + "' must be 1 to "
                    + MAX_KEY_LENGTH + " characters and not blank");
        }
        return key;
    }
}
