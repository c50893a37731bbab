package io.github.receivables.spi.store;

import io.github.receivables.core.ledger.PaymentAdjustment;
import io.github.receivables.core.ledger.PaymentAdjustmentId;
import io.github.receivables.core.ledger.PaymentId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored payment adjustment: the core {@link PaymentAdjustment} with the source that storage
 * needs. Load {@link #adjustment()} into a core ledger with
 * {@code Ledger.recordPaymentAdjustment}, so the payment's unapplied amount subtracts it while it
 * is in force.
 *
 * @param adjustment the id, payment, amount in the payment's currency, day, reason and reversal
 *     day; never null
 * @param source what caused the adjustment, 1 to 100 characters, not blank. Matching stores the
 *     id of the match decision, which is the bank line id. For an adjustment a person posts, the
 *     host chooses its own reference. {@link PaymentAdjustmentStore#findBySource} looks
 *     adjustments up by it
 */
public record PaymentAdjustmentRecord(PaymentAdjustment adjustment, String source) {

    /** The largest length of {@link #source()}. */
    public static final int MAX_SOURCE_LENGTH = 100;

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the source is blank or longer than 100 characters
     */
    public PaymentAdjustmentRecord {
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(source, "source");
        if (source.isBlank() || source.length() > MAX_SOURCE_LENGTH) {
            throw new IllegalArgumentException("source '" + source + "' of payment adjustment "
                    + adjustment.id() + " must be 1 to " + MAX_SOURCE_LENGTH
                    + " characters and not blank");
        }
    }

    /**
     * Returns the adjustment's id.
     *
     * @return the id; never null
     */
    public PaymentAdjustmentId id() {
        return adjustment.id();
    }

    /**
     * Returns the payment adjusted.
     *
     * @return the payment id; never null
     */
    public PaymentId paymentId() {
        return adjustment.paymentId();
    }

    /**
     * Returns the day the adjustment stopped counting.
     *
     * @return the reversal day, or null while in force
     */
    public LocalDate reversedOn() {
        return adjustment.reversedOn();
    }

    /**
     * Returns a copy reversed on a day.
     *
     * @param on the first day it no longer counts, on or after the adjustment's day; never null
     * @return the reversed record; never null
     * @throws IllegalStateException if already reversed
     * @throws IllegalArgumentException if the day precedes the adjustment's day
     */
    public PaymentAdjustmentRecord reverse(LocalDate on) {
        return new PaymentAdjustmentRecord(adjustment.reverse(on), source);
    }
}
