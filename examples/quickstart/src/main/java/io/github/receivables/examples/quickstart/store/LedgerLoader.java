package io.github.receivables.examples.quickstart.store;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.PaymentAdjustment;
import io.github.receivables.core.ledger.WriteOff;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import io.github.receivables.spi.store.WriteOffRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds a core {@link Ledger} from everything stored: customers, documents, payments,
 * allocations, write-offs and payment adjustments. The ledger derives every balance, because the
 * store keeps facts only.
 */
public final class LedgerLoader {

    private static final int PAGE = 1_000;

    private LedgerLoader() {}

    /**
     * A loaded ledger with the stored customers.
     *
     * @param ledger the ledger; never null
     * @param customers the customers by id, in id order; never null
     */
    public record Loaded(Ledger ledger, Map<CustomerId, Customer> customers) {}

    /**
     * Loads the whole store.
     *
     * @param stores the stores, or a transaction's view of them; never null
     * @return the ledger and customers; never null
     */
    public static Loaded load(Stores stores) {
        Map<CustomerId, Customer> customers = new LinkedHashMap<>();
        Page.streamAll(PageRequest.first(PAGE), stores.customers()::list)
                .forEach(row -> customers.put(row.value().id(), row.value()));

        Ledger ledger = new Ledger();
        List<Allocation> allocations = new ArrayList<>();
        List<WriteOff> writeOffs = new ArrayList<>();
        List<PaymentAdjustment> adjustments = new ArrayList<>();
        for (CustomerId id : customers.keySet()) {
            try (Stream<Versioned<Document>> documents = stores.documents().streamByCustomer(id)) {
                documents.forEach(row -> ledger.addDocument(row.value()));
            }
            Page.streamAll(PageRequest.first(PAGE),
                            request -> stores.payments().findByCustomer(id, request))
                    .map(Versioned::value)
                    .forEach(ledger::addPayment);
            try (Stream<Allocation> stored = stores.allocations().streamByCustomer(id)) {
                stored.forEach(allocations::add);
            }
            try (Stream<WriteOffRecord> stored = stores.writeOffs().streamByCustomer(id)) {
                stored.forEach(row -> writeOffs.add(row.writeOff()));
            }
            try (Stream<PaymentAdjustmentRecord> stored =
                    stores.paymentAdjustments().streamByCustomer(id)) {
                stored.forEach(row -> adjustments.add(row.adjustment()));
            }
        }
        Page.streamAll(PageRequest.first(PAGE), stores.payments()::findUnidentified)
                .map(Versioned::value)
                .forEach(payment -> {
                    ledger.addPayment(payment);
                    stores.paymentAdjustments().findByPayment(payment.id())
                            .forEach(row -> adjustments.add(row.adjustment()));
                });
        allocations.stream()
                .sorted(Comparator.comparing(Allocation::appliedOn)
                        .thenComparing(allocation -> allocation.id().toString()))
                .forEach(ledger::recordAllocation);
        writeOffs.forEach(ledger::recordWriteOff);
        adjustments.forEach(ledger::recordPaymentAdjustment);
        return new Loaded(ledger, customers);
    }
}
