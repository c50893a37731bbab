package io.github.receivables.reminders.contact;

import io.github.receivables.reminders.Reason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Whether and when a contact is allowed, as {@link ContactBudget} decides. */
public sealed interface ContactDecision {

    /**
     * The contact is allowed at a time, possibly later than asked.
     *
     * @param at the earliest allowed time; never null
     * @param windowEnd the end of the allowed window that contains {@code at}; never null
     * @param delay why {@code at} is later than asked, or null when it is not
     */
    record Allowed(Instant at, Instant windowEnd, Reason delay) implements ContactDecision {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if at or windowEnd is null
         */
        public Allowed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(windowEnd, "windowEnd");
        }

        /**
         * Returns why the contact moved later.
         *
         * @return the reason, or empty when it was allowed when asked
         */
        public Optional<Reason> findDelay() {
            return Optional.ofNullable(delay);
        }
    }

    /**
     * The contact is not allowed at all, such as with a sued consumer.
     *
     * @param reason why; never null
     */
    record Blocked(Reason reason) implements ContactDecision {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if reason is null
         */
        public Blocked {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
