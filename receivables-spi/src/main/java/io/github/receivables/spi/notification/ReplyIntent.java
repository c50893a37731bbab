package io.github.receivables.spi.notification;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The meaning of a debtor's reply, as classified by the channel adapter or a person. Free text is
 * personal data and is never logged.
 */
public sealed interface ReplyIntent {

    /**
     * The debtor promises to pay.
     *
     * @param by the last day of the promise; never null
     * @param amount the amount promised, or null for the whole balance
     */
    record PromiseToPay(LocalDate by, Money amount) implements ReplyIntent {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if by is null
         * @throws IllegalArgumentException if the amount is not positive
         */
        public PromiseToPay {
            Objects.requireNonNull(by, "by");
            if (amount != null && !amount.isPositive()) {
                throw new IllegalArgumentException("promised amount must be positive, got "
                        + amount);
            }
        }
    }

    /** The debtor requests no further contact on the channel of the reply. */
    record OptOut() implements ReplyIntent {}

    /**
     * Any other reply, for a person to read.
     *
     * @param text the reply text; never null
     */
    record Other(String text) implements ReplyIntent {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if text is null
         */
        public Other {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Other[text=(" + text.length() + " characters)]";
        }
    }
}
