package io.github.receivables.core.ledger;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An amount of a document written off as uncollectible on a day. It lowers the open balance like
 * an allocation, but brings in no money.
 *
 * @param documentId the document; never null
 * @param amount the amount written off, in the document's currency, positive; never null
 * @param on the day of the write-off; never null
 */
public record WriteOff(
        @NotNull @Valid DocumentId documentId,
        @NotNull Money amount,
        @NotNull LocalDate on) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amount is not positive
     */
    public WriteOff {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "on");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("write-off of document " + documentId
                    + " must be positive, got " + amount);
        }
    }
}
