package io.github.receivables.core.ledger;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Part of a payment or credit note applied to one document. Allocations are never deleted: undoing
 * one records its reversal date, so reports as of an earlier date still see it.
 *
 * <p>When the source and the document are in different currencies, {@code amount} is in the
 * document's currency and {@code sourceAmount} in the source's; the ledger turns the difference
 * against the document's booked rate into an explicit exchange difference line.
 *
 * @param id the identifier; never null
 * @param source the payment or credit note the money comes from; never null
 * @param target the document settled; never null
 * @param amount the amount settled in the document's currency, positive; never null
 * @param sourceAmount the amount taken from the source in its currency, positive; never null
 * @param appliedOn the day the allocation takes effect; never null
 * @param reversedOn the day it was undone, or null while in force
 */
public record Allocation(
        @NotNull @Valid AllocationId id,
        @NotNull AllocationSource source,
        @NotNull @Valid DocumentId target,
        @NotNull Money amount,
        @NotNull Money sourceAmount,
        @NotNull LocalDate appliedOn,
        LocalDate reversedOn) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if an amount is not positive, or the reversal precedes
     *     the allocation
     */
    public Allocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sourceAmount, "sourceAmount");
        Objects.requireNonNull(appliedOn, "appliedOn");
        if (!amount.isPositive() || !sourceAmount.isPositive()) {
            throw new IllegalArgumentException("allocation " + id + " must have positive amounts, got "
                    + amount + " and " + sourceAmount);
        }
        if (reversedOn != null && reversedOn.isBefore(appliedOn)) {
            throw new IllegalArgumentException("allocation " + id + " is reversed on " + reversedOn
                    + " before it applies on " + appliedOn);
        }
    }

    /**
     * Creates an allocation in one currency.
     *
     * @param id the identifier
     * @param source the payment or credit note
     * @param target the document settled
     * @param amount the amount settled
     * @param appliedOn the day it takes effect
     * @return the allocation, in force
     */
    public static Allocation of(AllocationId id, AllocationSource source, DocumentId target,
            Money amount, LocalDate appliedOn) {
        return new Allocation(id, source, target, amount, amount, appliedOn, null);
    }

    /**
     * Tells whether the allocation counts on a day: applied on or before it and not reversed by
     * then.
     *
     * @param asOf the day
     * @return true if in force at the end of that day
     */
    public boolean isEffectiveOn(LocalDate asOf) {
        return !appliedOn.isAfter(asOf) && (reversedOn == null || reversedOn.isAfter(asOf));
    }

    /**
     * Returns a copy reversed on a day.
     *
     * @param on the reversal day, on or after {@link #appliedOn()}
     * @return the reversed allocation
     * @throws IllegalStateException if already reversed
     */
    public Allocation reverse(LocalDate on) {
        if (reversedOn != null) {
            throw new IllegalStateException("allocation " + id + " was already reversed on "
                    + reversedOn);
        }
        return new Allocation(id, source, target, amount, sourceAmount, appliedOn, on);
    }
}
