package io.github.receivables.core.ledger;

import io.github.receivables.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An amount of a payment taken out of its unapplied cash on a day without settling a document:
 * a rounding or exchange gain kept by the creditor, or money the bank returned to the payer. It
 * lowers the payment's unapplied amount like an allocation, so the customer has no credit for
 * it. An adjustment is never deleted: undoing one records the day it stops counting, so reports
 * as of earlier days still see it.
 *
 * @param id the identifier; never null
 * @param paymentId the payment; never null
 * @param amount the amount, in the payment's currency, positive; never null
 * @param on the day of the adjustment; never null
 * @param reason why the amount left the payment; never null
 * @param reversedOn the first day it no longer counts, on or after {@code on}, or null while in
 *     force
 */
public record PaymentAdjustment(
        @NotNull @Valid PaymentAdjustmentId id,
        @NotNull @Valid PaymentId paymentId,
        @NotNull Money amount,
        @NotNull LocalDate on,
        @NotNull PaymentAdjustmentReason reason,
        LocalDate reversedOn) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if the amount is not positive, or the reversal precedes
     *     the adjustment
     */
    public PaymentAdjustment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("payment adjustment " + id + " of payment "
                    + paymentId + " must be positive, got " + amount);
        }
        if (reversedOn != null && reversedOn.isBefore(on)) {
            throw new IllegalArgumentException("payment adjustment " + id + " is reversed on "
                    + reversedOn + " before it applies on " + on);
        }
    }

    /**
     * Creates an adjustment in force.
     *
     * @param id the identifier; never null
     * @param paymentId the payment; never null
     * @param amount the amount, in the payment's currency, positive; never null
     * @param on the day of the adjustment; never null
     * @param reason why the amount left the payment; never null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amount is not positive
     */
    public PaymentAdjustment(PaymentAdjustmentId id, PaymentId paymentId, Money amount,
            LocalDate on, PaymentAdjustmentReason reason) {
        this(id, paymentId, amount, on, reason, null);
    }

    /**
     * Tells whether the adjustment counts on a day: made on or before it and not reversed by
     * then.
     *
     * @param asOf the day; never null
     * @return true if in force at the end of that day
     */
    public boolean isEffectiveOn(LocalDate asOf) {
        return !on.isAfter(asOf) && (reversedOn == null || reversedOn.isAfter(asOf));
    }

    /**
     * Returns a copy reversed on a day.
     *
     * @param day the first day it no longer counts, on or after {@link #on()}; never null
     * @return the reversed adjustment; never null
     * @throws IllegalStateException if already reversed
     * @throws IllegalArgumentException if the day precedes {@link #on()}
     */
    public PaymentAdjustment reverse(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (reversedOn != null) {
            throw new IllegalStateException("payment adjustment " + id
                    + " was already reversed on " + reversedOn);
        }
        return new PaymentAdjustment(id, paymentId, amount, on, reason, day);
    }
}
