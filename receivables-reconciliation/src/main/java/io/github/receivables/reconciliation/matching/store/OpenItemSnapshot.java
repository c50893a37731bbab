package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.Customer;
import io.github.receivables.reconciliation.matching.MatchableItem;
import io.github.receivables.reconciliation.matching.MatchingException;
import io.github.receivables.reconciliation.matching.PayerProfile;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds an {@link OpenItemIndex} from the stores: every customer, its documents and the
 * allocations to them go into one core {@link Ledger}, whose open items as of a day become the
 * matchable items. Reads run in one transaction, so the snapshot is consistent.
 *
 * <p>NOTE: the SPI stores no write-offs, so an item closed by a write-off the host keeps
 * elsewhere shows its gap as open here.
 */
final class OpenItemSnapshot {

    private static final int PAGE_SIZE = 500;

    private OpenItemSnapshot() {}

    static OpenItemIndex load(Stores stores, LocalDate asOf) {
        return stores.inTransaction(tx -> build(tx, asOf));
    }

    private static OpenItemIndex build(Stores tx, LocalDate asOf) {
        List<Customer> customers = Page.collectAll(PageRequest.first(PAGE_SIZE),
                request -> tx.customers().list(request)).stream().map(Versioned::value).toList();
        Ledger ledger = new Ledger();
        Set<DocumentId> documents = new HashSet<>();
        List<Allocation> allocations = new ArrayList<>();
        for (Customer customer : customers) {
            try (Stream<Versioned<Document>> stream =
                    tx.documents().streamByCustomer(customer.id())) {
                stream.map(Versioned::value).forEach(document -> {
                    ledger.addDocument(document);
                    documents.add(document.id());
                });
            }
            try (Stream<Allocation> stream = tx.allocations().streamByCustomer(customer.id())) {
                stream.forEach(allocations::add);
            }
        }
        addPayments(tx, ledger, allocations);
        allocations.sort(Comparator.comparing(Allocation::appliedOn)
                .thenComparing(Allocation::id));
        for (Allocation allocation : allocations) {
            if (allocation.source() instanceof AllocationSource.FromCreditNote note
                    && !documents.contains(note.creditNoteId())) {
                throw new MatchingException("credit note " + note.creditNoteId()
                        + " of allocation " + allocation.id() + " belongs to no stored customer");
            }
            ledger.recordAllocation(allocation);
        }
        List<PayerProfile> profiles = customers.stream().map(PayerProfile::of).toList();
        List<MatchableItem> items = new ArrayList<>();
        for (OpenItem item : ledger.openItems(asOf)) {
            items.add(MatchableItem.of(item));
        }
        return OpenItemIndex.build(profiles, items);
    }

    private static void addPayments(Stores tx, Ledger ledger, List<Allocation> allocations) {
        Set<PaymentId> ids = new TreeSet<>();
        for (Allocation allocation : allocations) {
            if (allocation.source() instanceof AllocationSource.FromPayment payment) {
                ids.add(payment.paymentId());
            }
        }
        Map<PaymentId, Versioned<Payment>> payments = tx.payments().findAll(ids);
        for (PaymentId id : ids) {
            Versioned<Payment> payment = payments.get(id);
            if (payment == null) {
                throw new MatchingException("payment " + id
                        + " named by a stored allocation is missing from the payment store");
            }
            ledger.addPayment(payment.value());
        }
    }
}
