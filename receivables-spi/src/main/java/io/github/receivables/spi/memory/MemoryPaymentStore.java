package io.github.receivables.spi.memory;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PaymentStore;
import io.github.receivables.spi.store.Versioned;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link PaymentStore} over the in-memory tables; external ids are unique through an index. */
final class MemoryPaymentStore implements PaymentStore {

    private static final Keys.TokenCodec<PaymentId> TOKENS =
            Keys.idTokens(PaymentId::value, PaymentId::of);

    private final MemoryDatabase db;
    private final Access access;
    private final VersionedRows<PaymentId, Payment> rows;

    MemoryPaymentStore(MemoryDatabase db, Access access) {
        this.db = db;
        this.access = access;
        this.rows = new VersionedRows<>("payment", db.payments, Payment::id);
    }

    @Override
    public Versioned<Payment> insert(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        return access.write(undo -> {
            Versioned<Payment> sameExternalId = byExternalId(payment.externalId());
            if (sameExternalId != null) {
                throw duplicateExternalId(payment, sameExternalId);
            }
            return rows.insert(payment, undo);
        });
    }

    @Override
    public List<InsertResult<Versioned<Payment>>> insertAllIfAbsent(
            Collection<Payment> payments) {
        List<Payment> copy = List.copyOf(payments);
        return access.write(undo -> {
            List<InsertResult<Versioned<Payment>>> results = new ArrayList<>(copy.size());
            for (Payment payment : copy) {
                Versioned<Payment> existing = db.payments.get(payment.id());
                if (existing == null) {
                    existing = byExternalId(payment.externalId());
                }
                results.add(existing != null ? new InsertResult.AlreadyPresent<>(existing)
                        : new InsertResult.Inserted<>(rows.insert(payment, undo)));
            }
            return results;
        });
    }

    @Override
    public Optional<Versioned<Payment>> find(PaymentId id) {
        Objects.requireNonNull(id, "id");
        return access.read(() -> Optional.ofNullable(db.payments.get(id)));
    }

    @Override
    public Map<PaymentId, Versioned<Payment>> findAll(Collection<PaymentId> ids) {
        List<PaymentId> copy = List.copyOf(ids);
        return access.read(() -> rows.findAll(copy));
    }

    @Override
    public Optional<Versioned<Payment>> findByExternalId(String externalId) {
        Objects.requireNonNull(externalId, "externalId");
        return access.read(() -> Optional.ofNullable(byExternalId(externalId)));
    }

    @Override
    public Page<Versioned<Payment>> findByCustomer(CustomerId customerId, PageRequest request) {
        Objects.requireNonNull(customerId, "customerId");
        return pageOfGroup(MemoryDatabase.customerGroup(customerId), request);
    }

    @Override
    public Page<Versioned<Payment>> findUnidentified(PageRequest request) {
        return pageOfGroup(MemoryDatabase.NONE, request);
    }

    @Override
    public Versioned<Payment> update(Payment payment, long expectedVersion) {
        Objects.requireNonNull(payment, "payment");
        return access.write(undo -> {
            rows.requireVersion(payment.id(), expectedVersion);
            Versioned<Payment> sameExternalId = byExternalId(payment.externalId());
            if (sameExternalId != null && !sameExternalId.value().id().equals(payment.id())) {
                throw duplicateExternalId(payment, sameExternalId);
            }
            return rows.update(payment, expectedVersion, undo);
        });
    }

    private Page<Versioned<Payment>> pageOfGroup(String group, PageRequest request) {
        Objects.requireNonNull(request, "request");
        return access.read(() -> Paging.page(db.paymentsByCustomer.group(group), request, TOKENS,
                db.payments::get));
    }

    private Versioned<Payment> byExternalId(String externalId) {
        if (externalId == null) {
            return null;
        }
        PaymentId id = db.paymentsByExternalId.group(externalId).values().stream()
                .findFirst().orElse(null);
        return id == null ? null : db.payments.get(id);
    }

    private static DuplicateKeyException duplicateExternalId(Payment payment,
            Versioned<Payment> existing) {
        return new DuplicateKeyException("payment " + payment.id() + " has external id "
                + payment.externalId() + ", already used by payment " + existing.value().id());
    }
}
