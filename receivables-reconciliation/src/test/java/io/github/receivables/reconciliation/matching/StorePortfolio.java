package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.spi.memory.InMemoryStores;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A portfolio written into {@link InMemoryStores}, and a snapshot of what the stores hold. */
final class StorePortfolio {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneOffset.UTC);

    final InMemoryStores stores = InMemoryStores.create();
    final List<CustomerId> customers = new ArrayList<>();
    final List<DocumentId> documents = new ArrayList<>();
    private final LocalDate day;

    StorePortfolio(LocalDate day) {
        this.day = day;
    }

    CustomerId customer(String id, String name, int rutBody) {
        return customer(Customer.builder(CustomerId.of(id), name).taxId(Rut.of(rutBody))
                .build());
    }

    CustomerId customer(String id, String name) {
        return customer(Customer.builder(CustomerId.of(id), name).build());
    }

    private CustomerId customer(Customer customer) {
        stores.customers().insert(customer);
        customers.add(customer.id());
        return customer.id();
    }

    DocumentId invoice(String customer, String number, Money total) {
        return document(customer, number, DocumentKind.INVOICE, total);
    }

    DocumentId invoice(String customer, String number, long clp) {
        return invoice(customer, number, Money.ofMinor(clp, Currency.getInstance("CLP")));
    }

    DocumentId creditNote(String customer, String number, long clp) {
        return document(customer, number, DocumentKind.CREDIT_NOTE,
                Money.ofMinor(clp, Currency.getInstance("CLP")));
    }

    /** Stores an invoice of which an earlier payment settled {@code original - open}. */
    DocumentId partlyPaid(String customer, String number, long original, long open) {
        DocumentId id = invoice(customer, number, original);
        if (open < original) {
            Money paid = Money.ofMinor(original - open, Currency.getInstance("CLP"));
            PaymentId paymentId = PaymentId.of("EARLIER-" + number);
            stores.payments().insert(new Payment(paymentId, CustomerId.of(customer), paid,
                    day.minusDays(20), PaymentMethod.BANK_TRANSFER, null, null));
            stores.allocations().insert(Allocation.of(AllocationId.of("EARLIER-" + number),
                    AllocationSource.payment(paymentId), id, paid, day.minusDays(20)));
        }
        return id;
    }

    private DocumentId document(String customer, String number, DocumentKind kind, Money total) {
        String prefix = kind == DocumentKind.CREDIT_NOTE ? "NC-" : "INV-";
        Document.Builder builder = Document.builder(DocumentId.of(prefix + number),
                CustomerId.of(customer), kind).number(number).issueDate(day.minusDays(33))
                .total(total);
        if (kind != DocumentKind.CREDIT_NOTE) {
            builder.dueDate(day.minusDays(3));
        }
        Document document = builder.build();
        stores.documents().insert(document);
        documents.add(document.id());
        return document.id();
    }

    StoreReconciler reconciler(MatchingConfig config) {
        return StoreReconciler.open(stores, config, CLOCK, day);
    }

    /** Opens a reconciler that adds a reference per document id to the open items. */
    StoreReconciler reconciler(MatchingConfig config, Map<DocumentId, ItemReference> references) {
        return StoreReconciler.open(stores, config, CLOCK, day,
                document -> references.containsKey(document.id())
                        ? List.of(references.get(document.id())) : List.of());
    }

    /** Returns the sum of the allocations in force to a document, in minor units. */
    long settledMinor(DocumentId document) {
        return stores.allocations().findByDocument(document).stream()
                .filter(a -> a.reversedOn() == null).mapToLong(a -> a.amount().minorUnits())
                .sum();
    }

    /** Returns the sum of the write-offs in force on a document, in minor units. */
    long writtenOffMinor(DocumentId document) {
        return stores.writeOffs().findByDocument(document).stream()
                .filter(w -> w.reversedOn() == null)
                .mapToLong(w -> w.writeOff().amount().minorUnits()).sum();
    }

    /** Returns the sum of the adjustments in force on a payment, in minor units. */
    long adjustedMinor(PaymentId payment) {
        return stores.paymentAdjustments().findByPayment(payment).stream()
                .filter(a -> a.reversedOn() == null)
                .mapToLong(a -> a.adjustment().amount().minorUnits()).sum();
    }

    /**
     * Returns every stored payment, payment adjustment, allocation, write-off and decision, in a
     * stable order.
     */
    Snapshot snapshot() {
        TreeMap<String, Object> rows = new TreeMap<>();
        for (CustomerId customer : customers) {
            Page.collectAll(PageRequest.first(100),
                    request -> stores.payments().findByCustomer(customer, request))
                    .forEach(row -> putPayment(rows, row));
        }
        Page.collectAll(PageRequest.first(100), stores.payments()::findUnidentified)
                .forEach(row -> putPayment(rows, row));
        for (DocumentId document : documents) {
            stores.allocations().findByDocument(document)
                    .forEach(a -> rows.put("allocation " + a.id(), a));
            stores.writeOffs().findByDocument(document)
                    .forEach(w -> rows.put("write-off " + w.id(), w));
        }
        for (MatchStatus status : MatchStatus.values()) {
            for (Versioned<MatchDecision> row : Page.collectAll(PageRequest.first(100),
                    request -> stores.matchDecisions().findByStatus(status, request))) {
                rows.put("decision " + row.value().id(), row);
            }
        }
        return new Snapshot(rows);
    }

    private void putPayment(TreeMap<String, Object> rows, Versioned<Payment> row) {
        rows.put("payment " + row.value().id(), row);
        stores.paymentAdjustments().findByPayment(row.value().id())
                .forEach(a -> rows.put("payment adjustment " + a.id(), a));
    }

    /** What the stores hold, keyed by kind and id. */
    record Snapshot(TreeMap<String, Object> rows) {}
}
