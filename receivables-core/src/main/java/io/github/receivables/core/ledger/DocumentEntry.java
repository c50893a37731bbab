package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document inside the ledger: allocations settling it (for a receivable), allocations taken
 * from it (for a credit note) and its write-offs.
 */
final class DocumentEntry implements SourceEntry {

    Document document;
    final List<Allocation> incoming = new ArrayList<>(1);
    private final List<Allocation> outgoing = new ArrayList<>(1);
    final List<WriteOff> writeOffs = new ArrayList<>(0);

    DocumentEntry(Document document) {
        this.document = document;
    }

    boolean isReceivable() {
        return document.kind().isReceivable();
    }

    @Override
    public AllocationSource source() {
        return AllocationSource.creditNote(document.id());
    }

    @Override
    public Money sourceTotal() {
        return document.total();
    }

    @Override
    public LocalDate availableFrom() {
        return document.issueDate();
    }

    @Override
    public CustomerId sourceCustomer() {
        return document.customerId();
    }

    @Override
    public List<Allocation> outgoing() {
        return outgoing;
    }

    @Override
    public String describe() {
        return "credit note " + document.id();
    }
}
