package io.github.receivables.spi.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel's report about one send. A channel returns a result instead of throwing for
 * every failure it can classify; an exception from {@link NotificationChannel#send} is treated
 * as {@link Unknown}.
 */
public sealed interface SendResult {

    /**
     * The channel accepted the notification. Delivery receipts may follow.
     *
     * @param providerMessageId the channel's id of the message; never blank
     * @param acceptedAt when the channel accepted it; never null
     */
    record Sent(String providerMessageId, Instant acceptedAt) implements SendResult {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Sent {
            Objects.requireNonNull(providerMessageId, "providerMessageId");
            Objects.requireNonNull(acceptedAt, "acceptedAt");
        }
    }

    /**
     * The send failed for a reason that may pass, such as a timeout before the request reached
     * the provider, a rate limit or a provider outage. Retrying with the same key is safe.
     *
     * @param reason the failure, without personal data; never null
     * @param retryAfter the wait the provider asked for, or null for the sender's own schedule
     */
    record TransientFailure(String reason, Duration retryAfter) implements SendResult {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if reason is null
         */
        public TransientFailure {
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * Returns the wait the provider asked for.
         *
         * @return the wait, or empty when the provider gave none
         */
        public Optional<Duration> findRetryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /**
     * The send can never succeed on this channel, such as an invalid address, a number that
     * cannot receive SMS or a rejected template. The sender moves to the next channel.
     *
     * @param reason the failure, without personal data; never null
     */
    record PermanentFailure(String reason) implements SendResult {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if reason is null
         */
        public PermanentFailure {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The channel cannot tell whether the notification was accepted, such as after a timeout
     * while waiting for the provider's response. Sending again with the same key is safe because the
     * channel deduplicates on it.
     *
     * @param reason what happened, without personal data; never null
     */
    record Unknown(String reason) implements SendResult {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if reason is null
         */
        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
