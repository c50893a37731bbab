package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.party.CustomerId;
import java.util.List;
import java.util.Objects;

/**
 * Everything the ledger records for one customer, as currently recorded: the raw movements
 * behind a statement of account.
 *
 * @param customerId the customer; never null
 * @param documents the customer's documents in the order recorded; never null
 * @param payments the customer's identified payments in the order recorded; never null
 * @param allocations allocations to the customer's documents, reversed ones included; never null
 * @param writeOffs write-offs of the customer's documents; never null
 * @param paymentAdjustments adjustments of the customer's payments, reversed ones included;
 *     never null
 */
public record CustomerFacts(
        CustomerId customerId,
        List<Document> documents,
        List<Payment> payments,
        List<Allocation> allocations,
        List<WriteOff> writeOffs,
        List<PaymentAdjustment> paymentAdjustments) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component is null
     */
    public CustomerFacts {
        Objects.requireNonNull(customerId, "customerId");
        documents = List.copyOf(documents);
        payments = List.copyOf(payments);
        allocations = List.copyOf(allocations);
        writeOffs = List.copyOf(writeOffs);
        paymentAdjustments = List.copyOf(paymentAdjustments);
    }

    /**
     * Creates facts without payment adjustments.
     *
     * @param customerId the customer; never null
     * @param documents the customer's documents; never null
     * @param payments the customer's identified payments; never null
     * @param allocations allocations to the customer's documents; never null
     * @param writeOffs write-offs of the customer's documents; never null
     * @throws NullPointerException if a component is null
     */
    public CustomerFacts(CustomerId customerId, List<Document> documents, List<Payment> payments,
            List<Allocation> allocations, List<WriteOff> writeOffs) {
        this(customerId, documents, payments, allocations, writeOffs, List.of());
    }
}
