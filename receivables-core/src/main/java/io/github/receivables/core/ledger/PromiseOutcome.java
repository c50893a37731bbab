package io.github.receivables.core.ledger;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a promise to pay was kept, as of a day. The target is the promised amount, or the open
 * balance on the day the promise was made when that is smaller. Only payments received from the
 * day the promise was made to its last day, and allocated to the promised document, count.
 */
public sealed interface PromiseOutcome {

    /**
     * Returns the amount the promise asked for.
     *
     * @return the target amount; never null
     */
    Money target();

    /**
     * Returns what counted toward the promise so far.
     *
     * @return the amount paid toward the promise; never null
     */
    Money paid();

    /**
     * The promise's last day has not passed and the target is not reached yet.
     *
     * @param target the amount to reach; never null
     * @param paid the amount paid so far; never null
     * @param dueBy the promise's last day; never null
     */
    record Pending(Money target, Money paid, LocalDate dueBy) implements PromiseOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Pending {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(paid, "paid");
            Objects.requireNonNull(dueBy, "dueBy");
        }

        /**
         * Returns what is still to be paid.
         *
         * @return the target minus the amount paid; never null
         */
        public Money remaining() {
            return target.minus(paid);
        }
    }

    /**
     * Payments received by the promise's last day reached the target.
     *
     * @param target the amount promised; never null
     * @param paid the amount paid toward it; never null
     * @param keptOn the day the payments reached the target; never null
     */
    record Kept(Money target, Money paid, LocalDate keptOn) implements PromiseOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Kept {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(paid, "paid");
            Objects.requireNonNull(keptOn, "keptOn");
        }
    }

    /**
     * The promise's last day passed with less than the target paid.
     *
     * @param target the amount promised; never null
     * @param paid the amount paid toward it; never null
     * @param shortfall the target minus the amount paid, positive; never null
     * @param dueBy the promise's last day; never null
     */
    record Broken(Money target, Money paid, Money shortfall, LocalDate dueBy)
            implements PromiseOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Broken {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(paid, "paid");
            Objects.requireNonNull(shortfall, "shortfall");
            Objects.requireNonNull(dueBy, "dueBy");
        }
    }
}
