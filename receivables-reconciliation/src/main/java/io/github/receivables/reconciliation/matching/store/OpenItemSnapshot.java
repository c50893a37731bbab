package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentAdjustment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.WriteOff;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.reconciliation.matching.ItemReference;
import io.github.receivables.reconciliation.matching.MatchableItem;
import io.github.receivables.reconciliation.matching.MatchingException;
import io.github.receivables.reconciliation.matching.PayerProfile;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import io.github.receivables.spi.store.WriteOffRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds an {@link OpenItemIndex} from the stores: every customer, its documents, the
 * allocations and write-offs to them, and the adjustments of the payments those allocations
 * come from go into one core {@link Ledger}, whose open items as of a day
 * become the matchable items. Each item carries the document's structured payment reference ({@link
 * PaymentReference#forDocument}, the one reminders print) and the references the host supplies.
 * Reads run in one transaction, so the snapshot is consistent.
 */
final class OpenItemSnapshot {

    private static final int PAGE_SIZE = 500;

    private OpenItemSnapshot() {}

    static OpenItemIndex load(Stores stores, LocalDate asOf,
            Function<Document, List<ItemReference>> references) {
        return stores.inTransaction(tx -> build(tx, asOf, references));
    }

    private static OpenItemIndex build(Stores tx, LocalDate asOf,
            Function<Document, List<ItemReference>> references) {
        List<Customer> customers = Page.collectAll(PageRequest.first(PAGE_SIZE),
                request -> tx.customers().list(request)).stream().map(Versioned::value).toList();
        Ledger ledger = new Ledger();
        Map<DocumentId, Document> documents = new HashMap<>();
        List<Allocation> allocations = new ArrayList<>();
        List<WriteOff> writeOffs = new ArrayList<>();
        List<PaymentAdjustment> adjustments = new ArrayList<>();
        for (Customer customer : customers) {
            try (Stream<Versioned<Document>> stream =
                    tx.documents().streamByCustomer(customer.id())) {
                stream.map(Versioned::value).forEach(document -> {
                    ledger.addDocument(document);
                    documents.put(document.id(), document);
                });
            }
            try (Stream<Allocation> stream = tx.allocations().streamByCustomer(customer.id())) {
                stream.forEach(allocations::add);
            }
            try (Stream<WriteOffRecord> stream = tx.writeOffs().streamByCustomer(customer.id())) {
                stream.forEach(row -> writeOffs.add(row.writeOff()));
            }
            try (Stream<PaymentAdjustmentRecord> stream =
                    tx.paymentAdjustments().streamByCustomer(customer.id())) {
                stream.forEach(row -> adjustments.add(row.adjustment()));
            }
        }
        Set<PaymentId> payments = addPayments(tx, ledger, allocations);
        allocations.sort(Comparator.comparing(Allocation::appliedOn)
                .thenComparing(Allocation::id));
        for (Allocation allocation : allocations) {
            if (allocation.source() instanceof AllocationSource.FromCreditNote note
                    && !documents.containsKey(note.creditNoteId())) {
                throw new MatchingException("credit note " + note.creditNoteId()
                        + " of allocation " + allocation.id() + " belongs to no stored customer");
            }
            ledger.recordAllocation(allocation);
        }
        writeOffs.forEach(ledger::recordWriteOff);
        for (PaymentAdjustment adjustment : adjustments) {
            if (payments.contains(adjustment.paymentId())) {
                ledger.recordPaymentAdjustment(adjustment);
            }
        }
        List<PayerProfile> profiles = customers.stream().map(PayerProfile::of).toList();
        List<MatchableItem> items = new ArrayList<>();
        for (OpenItem item : ledger.openItems(asOf)) {
            items.add(new MatchableItem(item,
                    references(documents.get(item.documentId()), references)));
        }
        return OpenItemIndex.build(profiles, items);
    }

    /** Returns our structured reference of the document, then the host's references. */
    private static List<ItemReference> references(Document document,
            Function<Document, List<ItemReference>> references) {
        List<ItemReference> all = new ArrayList<>();
        all.add(new ItemReference(ItemReference.Kind.STRUCTURED,
                PaymentReference.forDocument(document.id()).value()));
        all.addAll(references.apply(document));
        return all;
    }

    /**
     * Adds the payments the allocations come from, which are all the open items need, and
     * returns their ids.
     */
    private static Set<PaymentId> addPayments(Stores tx, Ledger ledger,
            List<Allocation> allocations) {
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
        return ids;
    }
}
