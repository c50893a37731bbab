package io.github.receivables.spi.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of a dispatcher's attempt to send an outbox record. Error texts name the failure,
 * never the recipient's address or other personal data.
 */
public sealed interface DispatchOutcome {

    /**
     * Returns when the outcome was known.
     *
     * @return the instant; never null
     */
    Instant at();

    /**
     * The channel accepted the message.
     *
     * @param at when it was accepted; never null
     * @param receiptId the channel's message id, or null if it gives none
     */
    record Sent(Instant at, String receiptId) implements DispatchOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if at is null
         */
        public Sent {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The attempt failed and the record goes back to pending until a later instant.
     *
     * @param at when the attempt failed; never null
     * @param error what failed; never null
     * @param retryAt the earliest instant of the next attempt; never null
     */
    record Retry(Instant at, String error, Instant retryAt) implements DispatchOutcome {
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
    }

    /**
     * The attempt failed for good (an invalid address, a rejected template).
     *
     * @param at when the attempt failed; never null
     * @param error what failed; never null
     */
    record Failed(Instant at, String error) implements DispatchOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Failed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * The outcome of the attempt is not known, so the record must not be sent again
     * automatically.
     *
     * @param at when the attempt ended; never null
     * @param detail what is known, such as a timeout after the request was written; never null
     */
    record Unknown(Instant at, String detail) implements DispatchOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Unknown {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
