package io.github.receivables.reminders.dispatch;

import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.reminders.outbox.OutboxState;
import java.time.Instant;
import java.util.Objects;

/** The outcome of one dispatch call for one outbox record. */
public sealed interface DispatchResult {

    /**
     * Returns the record's key.
     *
     * @return the idempotency key; never null
     */
    String key();

    /**
     * A channel accepted the notification.
     *
     * @param key the record key; never null
     * @param via the channel that accepted it; never null
     * @param providerMessageId the channel's message id; never null
     */
    record Sent(String key, ChannelKind via, String providerMessageId) implements DispatchResult {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Sent {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(via, "via");
            Objects.requireNonNull(providerMessageId, "providerMessageId");
        }
    }

    /**
     * The record ended without a send: every channel failed, the outcome stayed unknown, or the
     * contact window closed.
     *
     * @param key the record key; never null
     * @param state the terminal state; never null
     * @param reason the last failure; never null
     */
    record Finished(String key, OutboxState state, String reason) implements DispatchResult {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Finished {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Nothing to do: the record was already terminal when this call read it.
     *
     * @param key the record key; never null
     * @param state its state; never null
     */
    record AlreadyDone(String key, OutboxState state) implements DispatchResult {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public AlreadyDone {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * Another dispatcher holds the record; it will finish it, or its lease lapses and a later
     * resume does.
     *
     * @param key the record key; never null
     */
    record Busy(String key) implements DispatchResult {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if key is null
         */
        public Busy {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * The record waits for its send time; a later resume sends it.
     *
     * @param key the record key; never null
     * @param sendAt when it becomes due; never null
     */
    record Scheduled(String key, Instant sendAt) implements DispatchResult {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Scheduled {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(sendAt, "sendAt");
        }
    }

    /**
     * The action could not be written to the outbox, such as for a missing template or no
     * channel able to carry it; nothing was sent.
     *
     * @param key the action key; never null
     * @param reason what failed and what to fix; never null
     */
    record NotQueued(String key, String reason) implements DispatchResult {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public NotQueued {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
