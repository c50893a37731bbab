package io.github.receivables.spi.store;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import java.util.Objects;

/**
 * One line of a match decision: part of a payment to apply to a document.
 *
 * @param paymentId the payment; never null
 * @param documentId the document; never null
 * @param amount the amount to apply, in the payment's currency, positive; never null
 */
public record ProposedAllocation(PaymentId paymentId, DocumentId documentId, Money amount) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amount is not positive
     */
    public ProposedAllocation {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("proposed allocation of payment " + paymentId
                    + " to document " + documentId + " must be positive, got " + amount);
        }
    }
}
