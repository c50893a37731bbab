package io.github.receivables.core.account;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One movement of a statement of account.
 *
 * @param date the day of the movement; never null
 * @param kind what happened; never null
 * @param reference what the customer recognizes: the document number, or the payment's reference
 *     (its id when it has none); never null
 * @param documentId the document issued, settled or written off, or null for a payment
 * @param paymentId the payment received or applied, or null
 * @param allocationId the allocation applied or reversed, or null
 * @param amount the movement's amount in the statement's currency, positive; never null
 * @param change the effect on the net balance: positive raises it; never null
 * @param balance the running net balance after this line; never null
 */
public record StatementLine(
        LocalDate date,
        MovementKind kind,
        String reference,
        DocumentId documentId,
        PaymentId paymentId,
        AllocationId allocationId,
        Money amount,
        Money change,
        Money balance) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     */
    public StatementLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(balance, "balance");
    }

    /**
     * Returns the document of the line.
     *
     * @return the document, or empty for a payment line
     */
    public Optional<DocumentId> findDocumentId() {
        return Optional.ofNullable(documentId);
    }

    /**
     * Returns the payment of the line.
     *
     * @return the payment, or empty for document, credit note and write-off lines
     */
    public Optional<PaymentId> findPaymentId() {
        return Optional.ofNullable(paymentId);
    }

    /**
     * Returns the allocation of the line.
     *
     * @return the allocation, or empty except for allocation and reversal lines
     */
    public Optional<AllocationId> findAllocationId() {
        return Optional.ofNullable(allocationId);
    }
}
