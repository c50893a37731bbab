package io.github.receivables.spi.memory;

import io.github.receivables.core.ledger.PaymentAdjustmentId;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.PaymentAdjustmentStore;
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
 * {@link PaymentAdjustmentStore} over the in-memory tables. The payment reference is checked
 * against its table, as a database checks a foreign key.
 */
final class MemoryPaymentAdjustmentStore implements PaymentAdjustmentStore {

    private final MemoryDatabase db;
    private final Access access;

    MemoryPaymentAdjustmentStore(MemoryDatabase db, Access access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public PaymentAdjustmentRecord insert(PaymentAdjustmentRecord adjustment) {
        Objects.requireNonNull(adjustment, "adjustment");
        return access.write(undo -> insertAll(List.of(adjustment), undo).get(0));
    }

    @Override
    public List<PaymentAdjustmentRecord> insertAll(
            Collection<PaymentAdjustmentRecord> adjustments) {
        List<PaymentAdjustmentRecord> copy = List.copyOf(adjustments);
        return access.write(undo -> insertAll(copy, undo));
    }

    private List<PaymentAdjustmentRecord> insertAll(List<PaymentAdjustmentRecord> adjustments,
            UndoLog undo) {
        Set<PaymentAdjustmentId> seen = new HashSet<>();
        for (PaymentAdjustmentRecord adjustment : adjustments) {
            if (!seen.add(adjustment.id()) || db.adjustments.contains(adjustment.id())) {
                throw new DuplicateKeyException("payment adjustment " + adjustment.id()
                        + " already exists");
            }
            if (!db.payments.contains(adjustment.paymentId())) {
                throw new NotFoundException("payment adjustment " + adjustment.id()
                        + " adjusts payment " + adjustment.paymentId() + ", which is not stored");
            }
        }
        for (PaymentAdjustmentRecord adjustment : adjustments) {
            db.adjustments.put(adjustment.id(), adjustment, undo);
        }
        return adjustments;
    }

    @Override
    public Optional<PaymentAdjustmentRecord> find(PaymentAdjustmentId id) {
        Objects.requireNonNull(id, "id");
        return access.read(() -> Optional.ofNullable(db.adjustments.get(id)));
    }

    @Override
    public PaymentAdjustmentRecord reverse(PaymentAdjustmentId id, LocalDate on) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        return access.write(undo -> {
            PaymentAdjustmentRecord current = db.adjustments.get(id);
            if (current == null) {
                throw new NotFoundException("payment adjustment " + id + " not found");
            }
            if (current.reversedOn() != null) {
                throw new ConflictException("payment adjustment " + id
                        + " was already reversed on " + current.reversedOn());
            }
            PaymentAdjustmentRecord reversed = current.reverse(on);
            db.adjustments.put(id, reversed, undo);
            return reversed;
        });
    }

    @Override
    public List<PaymentAdjustmentRecord> findByPayment(PaymentId paymentId) {
        Objects.requireNonNull(paymentId, "paymentId");
        return access.read(() -> load(db.adjustmentsByPayment.group(paymentId).values()));
    }

    @Override
    public List<PaymentAdjustmentRecord> findBySource(String source) {
        Objects.requireNonNull(source, "source");
        return access.read(() -> load(db.adjustmentsBySource.group(source).values()));
    }

    @Override
    public Stream<PaymentAdjustmentRecord> streamByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        List<PaymentAdjustmentRecord> copy = access.read(() -> {
            TreeMap<PaymentAdjustmentId, PaymentAdjustmentRecord> sorted = new TreeMap<>(
                    MemoryDatabase.ADJUSTMENT_ORDER);
            String group = MemoryDatabase.customerGroup(customerId);
            for (PaymentId payment : db.paymentsByCustomer.group(group).values()) {
                for (PaymentAdjustmentId id : db.adjustmentsByPayment.group(payment).values()) {
                    sorted.put(id, db.adjustments.get(id));
                }
            }
            return new ArrayList<>(sorted.values());
        });
        return copy.stream();
    }

    private List<PaymentAdjustmentRecord> load(Collection<PaymentAdjustmentId> ids) {
        return ids.stream().map(db.adjustments::get).toList();
    }
}
