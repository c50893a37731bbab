package io.github.receivables.core.ledger;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.fx.ExchangeRates;
import io.github.receivables.core.party.CustomerId;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The facts a {@link Ledger} holds, with lookups that fail with a message naming the id. */
final class LedgerState {

    final Map<DocumentId, DocumentEntry> documents = new HashMap<>();
    final Map<PaymentId, PaymentEntry> payments = new HashMap<>();
    final Map<AllocationId, Allocation> allocations = new LinkedHashMap<>();
    final Map<PaymentAdjustmentId, PaymentAdjustment> adjustments = new HashMap<>();
    final Map<CustomerId, CustomerEntry> customers = new LinkedHashMap<>();
    final List<PaymentEntry> unidentified = new ArrayList<>();
    final ExchangeRates bookedRates;
    final RoundingMode exchangeRounding;

    LedgerState(ExchangeRates bookedRates, RoundingMode exchangeRounding) {
        this.bookedRates = bookedRates;
        this.exchangeRounding = exchangeRounding;
    }

    DocumentEntry document(DocumentId id) {
        DocumentEntry entry = documents.get(id);
        if (entry == null) {
            throw new LedgerException("document " + id + " is not in the ledger: add it first");
        }
        return entry;
    }

    PaymentEntry payment(PaymentId id) {
        PaymentEntry entry = payments.get(id);
        if (entry == null) {
            throw new LedgerException("payment " + id + " is not in the ledger: add it first");
        }
        return entry;
    }

    Allocation allocation(AllocationId id) {
        Allocation allocation = allocations.get(id);
        if (allocation == null) {
            throw new LedgerException("allocation " + id + " is not in the ledger");
        }
        return allocation;
    }

    SourceEntry source(AllocationSource source) {
        if (source instanceof AllocationSource.FromPayment fromPayment) {
            return payment(fromPayment.paymentId());
        }
        DocumentId id = ((AllocationSource.FromCreditNote) source).creditNoteId();
        DocumentEntry entry = document(id);
        if (entry.document.kind() != DocumentKind.CREDIT_NOTE) {
            throw new LedgerException("document " + id + " is a " + entry.document.kind()
                    + ", not a credit note: only payments and credit notes can be applied");
        }
        return entry;
    }

    CustomerEntry customer(CustomerId id) {
        return customers.computeIfAbsent(id, key -> new CustomerEntry());
    }

    /**
     * Derives an allocation id from the source, target, day and a counter, so that replaying the
     * same operations gives the same ids.
     */
    AllocationId deriveAllocationId(AllocationSource source, DocumentId target, LocalDate on,
            int offset) {
        String sourceKey = source instanceof AllocationSource.FromPayment p
                ? "payment:" + p.paymentId()
                : "credit:" + ((AllocationSource.FromCreditNote) source).creditNoteId();
        for (int n = allocations.size() + offset; ; n++) {
            String key = sourceKey + "|" + target + "|" + on + "|" + n;
            AllocationId id = AllocationId.of(
                    UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
            if (!allocations.containsKey(id)) {
                return id;
            }
        }
    }

    void commit(Allocation allocation) {
        SourceEntry source = source(allocation.source());
        DocumentEntry target = document(allocation.target());
        allocations.put(allocation.id(), allocation);
        source.outgoing().add(allocation);
        target.incoming.add(allocation);
    }

    void replace(Allocation old, Allocation updated) {
        allocations.put(updated.id(), updated);
        replaceIn(source(old.source()).outgoing(), old, updated);
        replaceIn(document(old.target()).incoming, old, updated);
    }

    private static void replaceIn(List<Allocation> list, Allocation old, Allocation updated) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(old.id())) {
                list.set(i, updated);
                return;
            }
        }
        throw new IllegalStateException("allocation " + old.id() + " missing from its lists");
    }
}
