package io.github.receivables.spi.store;

/**
 * The status of an outbox record. {@link #PENDING} and {@link #UNKNOWN} are open; the others are
 * final.
 */
public enum OutboxStatus {
    /** Waiting to be sent or retried; a dispatcher may hold a claim on it. */
    PENDING,
    /** The channel accepted the message. */
    SENT,
    /** Sending failed for good; it will not be retried. */
    FAILED,
    /** Withdrawn before it was sent, such as when the debt was paid in the meantime. */
    CANCELLED,
    /**
     * A send was attempted and its outcome is not known (a timeout, for example). Not retried
     * automatically, because that could send twice; resolved by someone who checked the channel.
     */
    UNKNOWN;

    /**
     * Tells whether the status is final.
     *
     * @return true for sent, failed and cancelled
     */
    public boolean isFinal() {
        return this == SENT || this == FAILED || this == CANCELLED;
    }
}
