package io.github.receivables.core.ledger;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An amount of a document written off on a day: a debt given up as uncollectible, or a small gap
 * such as a bank fee accepted when a payment settled the document. It lowers the open balance like
 * an allocation, but brings in no money. A write-off is never deleted: undoing one records the
 * day it stops counting, so reports as of earlier days still see it.
 *
 * @param documentId the document; never null
 * @param amount the amount written off, in the document's currency, positive; never null
 * @param on the day of the write-off; never null
 * @param reversedOn the first day it no longer counts, on or after {@code on}, or null while in
 *     force
 */
public record WriteOff(
        @NotNull @Valid DocumentId documentId,
        @NotNull Money amount,
        @NotNull LocalDate on,
        LocalDate reversedOn) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if the amount is not positive, or the reversal precedes
     *     the write-off
     */
    public WriteOff {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "on");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("write-off of document " + documentId
                    + " must be positive, got " + amount);
        }
        if (reversedOn != null && reversedOn.isBefore(on)) {
            throw new IllegalArgumentException("write-off of document " + documentId
                    + " is reversed on " + reversedOn + " before it applies on " + on);
        }
    }

    /**
     * Creates a write-off in force.
     *
     * @param documentId the document; never null
     * @param amount the amount, in the document's currency, positive; never null
     * @param on the day of the write-off; never null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amount is not positive
     */
    public WriteOff(DocumentId documentId, Money amount, LocalDate on) {
        this(documentId, amount, on, null);
    }

    /**
     * Tells whether the write-off counts on a day: made on or before it and not reversed by then.
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
     * @return the reversed write-off; never null
     * @throws IllegalStateException if already reversed
     * @throws IllegalArgumentException if the day precedes {@link #on()}
     */
    public WriteOff reverse(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (reversedOn != null) {
            throw new IllegalStateException("write-off of document " + documentId
                    + " was already reversed on " + reversedOn);
        }
        return new WriteOff(documentId, amount, on, day);
    }
}
