package io.github.receivables.spi.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of a dispatcher's attempt to send an outbox record. Error texts name the failure,
 * never the recipient's address or other personal data.
 *
 * <p>Every outcome may carry a replacement payload: the store writes it in the same step as the
 * new status, so a dispatcher can record its progress (such as which fallback channel comes
 * next) atomically with the outcome. A null payload keeps the stored one.
 */
public sealed interface DispatchOutcome {

    /**
     * Returns when the outcome was known.
     *
     * @return the instant; never null
     */
    Instant at();

    /**
     * Returns the payload that replaces the entry's payload with this outcome.
     *
     * @return the new payload (at most {@link OutboxEntry#MAX_PAYLOAD_LENGTH} characters; it may
     *     hold personal data, never log it), or null to keep the stored payload
     */
    String payload();

    /**
     * The channel accepted the message.
     *
     * @param at when it was accepted; never null
     * @param receiptId the channel's message id, or null if it gives none
     * @param payload the replacement payload, or null to keep the stored one
     */
    record Sent(Instant at, String receiptId, String payload) implements DispatchOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if at is null
         */
        public Sent {
            Objects.requireNonNull(at, "at");
        }

        /**
         * Creates the outcome that keeps the stored payload.
         *
         * @param at when it was accepted; never null
         * @param receiptId the channel's message id, or null if it gives none
         * @throws NullPointerException as the canonical constructor
         */
        public Sent(Instant at, String receiptId) {
            this(at, receiptId, null);
        }
    }

    /**
     * The attempt failed and the record goes back to pending until a later instant.
     *
     * @param at when the attempt failed; never null
     * @param error what failed; never null
     * @param retryAt the earliest instant of the next attempt; never null
     * @param payload the replacement payload, or null to keep the stored one
     */
    record Retry(Instant at, String error, Instant retryAt, String payload)
            implements DispatchOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Retry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(retryAt, "retryAt");
        }

        /**
         * Creates the outcome that keeps the stored payload.
         *
         * @param at when the attempt failed; never null
         * @param error what failed; never null
         * @param retryAt the earliest instant of the next attempt; never null
         * @throws NullPointerException as the canonical constructor
         */
        public Retry(Instant at, String error, Instant retryAt) {
            this(at, error, retryAt, null);
        }
    }

    /**
     * The attempt failed for good (an invalid address, a rejected template).
     *
     * @param at when the attempt failed; never null
     * @param error what failed; never null
     * @param payload the replacement payload, or null to keep the stored one
     */
    record Failed(Instant at, String error, String payload) implements DispatchOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Failed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(error, "error");
        }

        /**
         * Creates the outcome that keeps the stored payload.
         *
         * @param at when the attempt failed; never null
         * @param error what failed; never null
         * @throws NullPointerException as the canonical constructor
         */
        public Failed(Instant at, String error) {
            this(at, error, null);
        }
    }

    /**
     * The outcome of the attempt is not known, so the record must not be sent again
     * automatically.
     *
     * @param at when the attempt ended; never null
     * @param detail what is known, such as a timeout after the request was written; never null
     * @param payload the replacement payload, or null to keep the stored one
     */
    record Unknown(Instant at, String detail, String payload) implements DispatchOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Unknown {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(detail, "detail");
        }

        /**
         * Creates the outcome that keeps the stored payload.
         *
         * @param at when the attempt ended; never null
         * @param detail what is known, such as a timeout after the request was written; never null
         * @throws NullPointerException as the canonical constructor
         */
        public Unknown(Instant at, String detail) {
            this(at, detail, null);
        }
    }
}
