package io.github.receivables.examples.smtp;

import io.github.receivables.spi.notification.SendResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SentMessageStore} in memory that keeps the most recently stored keys up to a fixed
 * capacity and evicts the oldest beyond it. It loses every key when the JVM stops, so it
 * deduplicates only repeats that reach the same process within the last {@code capacity} sends.
 * Thread-safe: every method synchronizes on the store.
 */
public final class InMemorySentMessageStore implements SentMessageStore {

    /** The capacity {@link SmtpEmailChannel#create} uses: 10,000 keys. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Map<String, SendResult.Sent> sentByKey;

    /**
     * Creates an empty store.
     *
     * @param capacity the number of keys kept; at least 1
     * @throws IllegalArgumentException if capacity is less than 1
     */
    public InMemorySentMessageStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("sent message store capacity is " + capacity
                    + "; use at least 1");
        }
        this.capacity = capacity;
        this.sentByKey = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SendResult.Sent> eldest) {
                return size() > InMemorySentMessageStore.this.capacity;
            }
        };
    }

    /**
     * Finds the result stored for a key.
     *
     * @param idempotencyKey the key; never null
     * @return the stored result, or empty when the key was never stored or was evicted
     * @throws NullPointerException if the key is null
     */
    @Override
    public synchronized Optional<SendResult.Sent> find(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return Optional.ofNullable(sentByKey.get(idempotencyKey));
    }

    /**
     * Stores the result for a key as the newest entry, and evicts the oldest key when the store
     * exceeds its capacity.
     *
     * @param idempotencyKey the key; never null
     * @param sent the result; never null
     * @throws NullPointerException if an argument is null
     */
    @Override
    public synchronized void remember(String idempotencyKey, SendResult.Sent sent) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(sent, "sent");
        sentByKey.remove(idempotencyKey);
        sentByKey.put(idempotencyKey, sent);
    }

    /**
     * Returns the number of keys kept.
     *
     * @return the size, at most the capacity
     */
    public synchronized int size() {
        return sentByKey.size();
    }

    /**
     * Returns the number of keys the store keeps before it evicts the oldest.
     *
     * @return the capacity; at least 1
     */
    public int capacity() {
        return capacity;
    }
}
