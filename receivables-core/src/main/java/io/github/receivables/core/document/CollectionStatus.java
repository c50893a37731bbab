package io.github.receivables.core.document;

import io.github.receivables.core.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a document stands in collection, apart from how much of it is paid (which is derived from
 * allocations). Every status except {@link Active} stops ordinary reminders.
 */
public sealed interface CollectionStatus {

    /** The document is collected normally. */
    record Active() implements CollectionStatus {}

    /**
     * The customer disputes the document, directly or by a claim at the tax authority.
     *
     * @param reason the kind of dispute; never null
     * @param since the day the dispute was raised; never null
     */
    record Disputed(@NotNull DisputeReason reason, @NotNull LocalDate since)
            implements CollectionStatus {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Disputed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(since, "since");
        }
    }

    /**
     * Collection is paused by the seller.
     *
     * @param since the first day of the hold; never null
     * @param until the last day of the hold, or null until released
     */
    record OnHold(@NotNull LocalDate since, LocalDate until) implements CollectionStatus {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if since is null
         * @throws IllegalArgumentException if until is before since
         */
        public OnHold {
            Objects.requireNonNull(since, "since");
            if (until != null && until.isBefore(since)) {
                throw new IllegalArgumentException("hold ends " + until + " before it starts " + since);
            }
        }
    }

    /**
     * The customer promised to pay an amount by a date. Payments arriving by then keep or break
     * the promise.
     *
     * @param madeOn the day the promise was made; never null
     * @param dueBy the last day of the promise; never null
     * @param amount the amount promised, positive; never null
     */
    record Promised(@NotNull LocalDate madeOn, @NotNull LocalDate dueBy, @NotNull Money amount)
            implements CollectionStatus {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if dueBy is before madeOn or the amount is not positive
         */
        public Promised {
            Objects.requireNonNull(madeOn, "madeOn");
            Objects.requireNonNull(dueBy, "dueBy");
            Objects.requireNonNull(amount, "amount");
            if (dueBy.isBefore(madeOn)) {
                throw new IllegalArgumentException("promise due " + dueBy + " before it was made "
                        + madeOn);
            }
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("promised amount must be positive, got " + amount);
            }
        }
    }

    /**
     * The document was assigned to a factoring company, which now collects it.
     *
     * @param factor the factor's name or id; never null
     * @param since the day of assignment; never null
     * @param paymentInstructions what to tell the debtor about paying the factor, or null
     */
    record AssignedToFactor(@NotBlank String factor, @NotNull LocalDate since,
            String paymentInstructions)
            implements CollectionStatus {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if factor or since is null
         */
        public AssignedToFactor {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(since, "since");
        }
    }

    /**
     * The remaining balance was written off as uncollectible.
     *
     * @param on the day of the write-off; never null
     */
    record WrittenOff(@NotNull LocalDate on) implements CollectionStatus {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if on is null
         */
        public WrittenOff {
            Objects.requireNonNull(on, "on");
        }
    }

    /** The status of a document collected normally. */
    CollectionStatus ACTIVE = new Active();
}
