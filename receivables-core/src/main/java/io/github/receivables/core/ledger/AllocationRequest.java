package io.github.receivables.core.ledger;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an application: how much of a payment or credit note to apply to one document.
 *
 * @param target the document to settle; never null
 * @param amount the amount to settle, in the document's currency, positive; never null
 * @param sourceAmount the amount to take from the payment or credit note, in its currency,
 *     positive; equal to {@code amount} when both currencies are the same; never null
 * @param id the allocation id to record, or null to let the ledger derive one
 */
public record AllocationRequest(
        @NotNull @Valid DocumentId target,
        @NotNull Money amount,
        @NotNull Money sourceAmount,
        @Valid AllocationId id) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if target, amount or sourceAmount is null
     * @throws IllegalArgumentException if an amount is not positive, or the two amounts are in
     *     the same currency but differ
     */
    public AllocationRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sourceAmount, "sourceAmount");
        if (!amount.isPositive() || !sourceAmount.isPositive()) {
            throw new IllegalArgumentException("allocation to document " + target
                    + " must have positive amounts, got " + amount + " and " + sourceAmount);
        }
        if (amount.currency().equals(sourceAmount.currency()) && !amount.equals(sourceAmount)) {
            throw new IllegalArgumentException("allocation to document " + target + " has amount "
                    + amount + " but source amount " + sourceAmount
                    + ": in one currency they must be equal");
        }
    }

    /**
     * Creates a line in one currency with a derived id.
     *
     * @param target the document to settle
     * @param amount the amount, in the currency of both the document and the source
     * @return the line
     */
    public static AllocationRequest of(DocumentId target, Money amount) {
        return new AllocationRequest(target, amount, amount, null);
    }

    /**
     * Creates a line across currencies with a derived id, such as a USD invoice settled by a CLP
     * payment.
     *
     * @param target the document to settle
     * @param amount the amount settled, in the document's currency
     * @param sourceAmount the amount taken from the source, in its currency
     * @return the line
     */
    public static AllocationRequest across(DocumentId target, Money amount, Money sourceAmount) {
        return new AllocationRequest(target, amount, sourceAmount, null);
    }

    /**
     * Returns a copy with the allocation id the host wants recorded.
     *
     * @param allocationId the id; never null
     * @return the updated line
     */
    public AllocationRequest withId(AllocationId allocationId) {
        return new AllocationRequest(target, amount, sourceAmount,
                Objects.requireNonNull(allocationId, "allocationId"));
    }

    /**
     * Returns the allocation id requested by the host.
     *
     * @return the id, or empty when the ledger derives one
     */
    public Optional<AllocationId> findId() {
        return Optional.ofNullable(id);
    }
}
