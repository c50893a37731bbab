package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.CustomerPosition;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import io.github.receivables.spi.store.WriteOffRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One customer's part of the stores as a core {@link Ledger}: its documents, its payments, the
 * allocations to its documents, their write-offs and the adjustments of its payments. The ledger
 * derives the open balances and the customer's credit, so an overpayment that matching left
 * unapplied on a payment shows as {@link CustomerPosition#unappliedCash()} and in {@link
 * CustomerPosition#creditBalance()}. A rounding gain or a payment the bank returned is a payment
 * adjustment, so it counts in neither. A statement of account built from the ledger shows the
 * payment, its allocations and its adjustments.
 *
 * <p>Each method reads in one transaction, so the figures are consistent. Stateless and
 * thread-safe when the stores are.
 */
public final class StoreCustomerLedger {

    private static final int PAGE_SIZE = 500;

    private StoreCustomerLedger() {}

    /**
     * Loads a customer's documents, payments, allocations, write-offs and payment adjustments
     * into a new ledger.
     *
     * @param stores the stores; never null
     * @param customerId the customer; never null
     * @return a ledger with that customer's facts only; never null
     * @throws io.github.receivables.core.ledger.LedgerException if the stored facts break a
     *     ledger invariant, such as a document settled beyond its total
     * @throws io.github.receivables.spi.store.StoreException if a store read fails
     */
    public static Ledger load(Stores stores, CustomerId customerId) {
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(customerId, "customerId");
        return stores.inTransaction(tx -> loadIn(tx, customerId));
    }

    /**
     * Returns a customer's positions as of a day, one per currency: open balance, unapplied cash
     * (overpayments included) and unapplied credit notes.
     *
     * @param stores the stores; never null
     * @param customerId the customer; never null
     * @param asOf the day; never null
     * @return the positions ordered by currency code; empty when the customer has nothing stored
     * @throws io.github.receivables.core.ledger.LedgerException as {@link #load} does
     * @throws io.github.receivables.spi.store.StoreException if a store read fails
     */
    public static List<CustomerPosition> positions(Stores stores, CustomerId customerId,
            LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return load(stores, customerId).positions(customerId, asOf);
    }

    /**
     * Returns a customer's credit in one currency as of a day: payments and credit notes
     * not yet allocated.
     *
     * @param stores the stores; never null
     * @param customerId the customer; never null
     * @param currency the currency; never null
     * @param asOf the day; never null
     * @return the credit balance, zero or more; never null
     * @throws io.github.receivables.core.ledger.LedgerException as {@link #load} does
     * @throws io.github.receivables.spi.store.StoreException if a store read fails
     */
    public static Money credit(Stores stores, CustomerId customerId, Currency currency,
            LocalDate asOf) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        return load(stores, customerId).position(customerId, currency, asOf).creditBalance();
    }

    private static Ledger loadIn(Stores tx, CustomerId customerId) {
        Ledger ledger = new Ledger();
        try (Stream<Versioned<Document>> documents = tx.documents().streamByCustomer(customerId)) {
            documents.forEach(row -> ledger.addDocument(row.value()));
        }
        Page.streamAll(PageRequest.first(PAGE_SIZE),
                        request -> tx.payments().findByCustomer(customerId, request))
                .forEach(row -> ledger.addPayment(row.value()));
        List<Allocation> allocations = new ArrayList<>();
        try (Stream<Allocation> stream = tx.allocations().streamByCustomer(customerId)) {
            stream.forEach(allocations::add);
        }
        allocations.sort(Comparator.comparing(Allocation::appliedOn)
                .thenComparing(Allocation::id));
        allocations.forEach(ledger::recordAllocation);
        try (Stream<WriteOffRecord> stream = tx.writeOffs().streamByCustomer(customerId)) {
            stream.forEach(row -> ledger.recordWriteOff(row.writeOff()));
        }
        try (Stream<PaymentAdjustmentRecord> stream =
                tx.paymentAdjustments().streamByCustomer(customerId)) {
            stream.forEach(row -> ledger.recordPaymentAdjustment(row.adjustment()));
        }
        return ledger;
    }
}
