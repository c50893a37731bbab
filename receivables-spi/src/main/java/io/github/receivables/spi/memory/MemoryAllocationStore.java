package io.github.receivables.spi.memory;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.AllocationStore;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@link AllocationStore} over the in-memory tables. References to documents and payments are
 * checked against their tables, as a database checks foreign keys.
 */
final class MemoryAllocationStore implements AllocationStore {

    private final MemoryDatabase db;
    private final Access access;

    MemoryAllocationStore(MemoryDatabase db, Access access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public Allocation insert(Allocation allocation) {
        Objects.requireNonNull(allocation, "allocation");
        return access.write(undo -> insertAll(List.of(allocation), undo).get(0));
    }

    @Override
    public List<Allocation> insertAll(Collection<Allocation> allocations) {
        List<Allocation> copy = List.copyOf(allocations);
        return access.write(undo -> insertAll(copy, undo));
    }

    private List<Allocation> insertAll(List<Allocation> allocations, UndoLog undo) {
        Set<AllocationId> seen = new HashSet<>();
        for (Allocation allocation : allocations) {
            if (!seen.add(allocation.id()) || db.allocations.contains(allocation.id())) {
                throw new DuplicateKeyException("allocation " + allocation.id()
                        + " already exists");
            }
            requireReferences(allocation);
        }
        for (Allocation allocation : allocations) {
            db.allocations.put(allocation.id(), allocation, undo);
        }
        return allocations;
    }

    private void requireReferences(Allocation allocation) {
        if (!db.documents.contains(allocation.target())) {
            throw new NotFoundException("allocation " + allocation.id() + " settles document "
                    + allocation.target() + ", which is not stored");
        }
        AllocationSource source = allocation.source();
        if (source instanceof AllocationSource.FromPayment payment
                && !db.payments.contains(payment.paymentId())) {
            throw new NotFoundException("allocation " + allocation.id() + " takes money from"
                    + " payment " + payment.paymentId() + ", which is not stored");
        }
        if (source instanceof AllocationSource.FromCreditNote note
                && !db.documents.contains(note.creditNoteId())) {
            throw new NotFoundException("allocation " + allocation.id() + " takes credit from"
                    + " document " + note.creditNoteId() + ", which is not stored");
        }
    }

    @Override
    public Optional<Allocation> find(AllocationId id) {
        Objects.requireNonNull(id, "id");
        return access.read(() -> Optional.ofNullable(db.allocations.get(id)));
    }

    @Override
    public Allocation reverse(AllocationId id, LocalDate on) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        return access.write(undo -> {
            Allocation current = db.allocations.get(id);
            if (current == null) {
                throw new NotFoundException("allocation " + id + " not found");
            }
            if (current.reversedOn() != null) {
                throw new ConflictException("allocation " + id + " was already reversed on "
                        + current.reversedOn());
            }
            Allocation reversed = current.reverse(on);
            db.allocations.put(id, reversed, undo);
            return reversed;
        });
    }

    @Override
    public List<Allocation> findByDocument(DocumentId documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return access.read(() -> load(db.allocationsByTarget.group(documentId).values()));
    }

    @Override
    public List<Allocation> findBySource(AllocationSource source) {
        Objects.requireNonNull(source, "source");
        return access.read(() -> load(db.allocationsBySource.group(source).values()));
    }

    @Override
    public Stream<Allocation> streamByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        List<Allocation> copy = access.read(() -> {
            TreeMap<AllocationId, Allocation> sorted = new TreeMap<>(
                    MemoryDatabase.ALLOCATION_ORDER);
            for (DocumentId document : db.documentsByCustomer.group(customerId).values()) {
                for (AllocationId id : db.allocationsByTarget.group(document).values()) {
                    sorted.put(id, db.allocations.get(id));
                }
            }
            return new ArrayList<>(sorted.values());
        });
        return copy.stream();
    }

    private List<Allocation> load(Collection<AllocationId> ids) {
        return ids.stream().map(db.allocations::get).toList();
    }
}
