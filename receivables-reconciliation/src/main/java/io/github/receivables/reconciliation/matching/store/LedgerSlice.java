package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.reconciliation.matching.MatchingException;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A core {@link Ledger} loaded with the part of the stores that one application touches: the
 * target documents with their write-offs, the sources, every allocation to the targets or from
 * the sources, and the adjustments of every payment loaded. The ledger then checks new
 * allocations, write-offs and payment adjustments against open balances and unapplied amounts.
 */
final class LedgerSlice {

    private final Stores stores;
    private final Ledger ledger = new Ledger();
    private final Set<DocumentId> documents = new HashSet<>();
    private final Set<PaymentId> payments = new HashSet<>();
    private final Set<Allocation> allocations = new HashSet<>();

    LedgerSlice(Stores stores) {
        this.stores = stores;
    }

    Ledger ledger() {
        return ledger;
    }

    /**
     * Loads documents, sources and their allocations, then records the allocations in order, the
     * targets' write-offs and the payments' adjustments.
     */
    LedgerSlice load(Set<DocumentId> targets, Set<AllocationSource> sources) {
        for (DocumentId target : targets) {
            loadDocument(target);
            allocations.addAll(stores.allocations().findByDocument(target));
        }
        for (AllocationSource source : sources) {
            loadSource(source);
            allocations.addAll(stores.allocations().findBySource(source));
        }
        List<Allocation> ordered = new ArrayList<>(allocations);
        ordered.sort(Comparator.comparing(Allocation::appliedOn)
                .thenComparing(Allocation::id));
        for (Allocation allocation : ordered) {
            loadDocument(allocation.target());
            loadSource(allocation.source());
            ledger.recordAllocation(allocation);
        }
        for (DocumentId target : targets) {
            stores.writeOffs().findByDocument(target)
                    .forEach(writeOff -> ledger.recordWriteOff(writeOff.writeOff()));
        }
        for (PaymentId payment : payments) {
            stores.paymentAdjustments().findByPayment(payment).forEach(
                    adjustment -> ledger.recordPaymentAdjustment(adjustment.adjustment()));
        }
        return this;
    }

    private void loadSource(AllocationSource source) {
        if (source instanceof AllocationSource.FromPayment fromPayment) {
            loadPayment(fromPayment.paymentId());
        } else if (source instanceof AllocationSource.FromCreditNote fromNote) {
            loadDocument(fromNote.creditNoteId());
        }
    }

    private void loadDocument(DocumentId id) {
        if (documents.add(id)) {
            Document document = stores.documents().find(id).map(Versioned::value)
                    .orElseThrow(() -> new MatchingException("document " + id
                            + " named by a proposal is not stored; reload the open items"));
            ledger.addDocument(document);
        }
    }

    private void loadPayment(PaymentId id) {
        if (payments.add(id)) {
            Payment payment = stores.payments().find(id).map(Versioned::value)
                    .orElseThrow(() -> new MatchingException("payment " + id
                            + " is not stored; store it before allocating it"));
            ledger.addPayment(payment);
        }
    }
}
