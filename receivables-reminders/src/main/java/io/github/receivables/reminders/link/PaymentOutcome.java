package io.github.receivables.reminders.link;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.spi.payment.ProviderPaymentStatus;
import java.util.Objects;

/** The outcome of handling a payment notification. */
public sealed interface PaymentOutcome {

    /**
     * The provider confirmed the payment and the amount matches: the host records the payment.
     *
     * @param payment the payment, with a deterministic id from provider and payment id; never
     *     null
     */
    record Accepted(Payment payment) implements PaymentOutcome {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if payment is null
         */
        public Accepted {
            Objects.requireNonNull(payment, "payment");
        }
    }

    /**
     * The event, or the payment it reports, was handled before; nothing new to record.
     *
     * @param eventId the repeated event id; never null
     * @param earlier what the first handling decided; never null
     */
    record Duplicate(String eventId, PaymentOutcome earlier) implements PaymentOutcome {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Duplicate {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(earlier, "earlier");
        }
    }

    /**
     * The provider does not confirm the payment as captured.
     *
     * @param status the status the provider holds; never null
     */
    record NotConfirmed(ProviderPaymentStatus status) implements PaymentOutcome {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if status is null
         */
        public NotConfirmed {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * The payment is confirmed but cannot be applied automatically, such as an amount that
     * differs from the link's or an unknown reference. A person reviews it.
     *
     * @param reason why, without personal data; never null
     */
    record Rejected(String reason) implements PaymentOutcome {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if reason is null
         */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
