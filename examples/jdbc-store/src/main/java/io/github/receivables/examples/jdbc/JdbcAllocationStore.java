package io.github.receivables.examples.jdbc;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.AllocationStore;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link AllocationStore} over the {@code allocations} table. Foreign keys guard the references
 * to documents and payments; the store also looks them up first, so a missing one is named in
 * the message. Documents and payments are never deleted by the stores, so the lookup cannot be
 * overtaken.
 */
final class JdbcAllocationStore implements AllocationStore {

    private static final String KIND = "allocation";
    private static final String COLUMNS = "id, target_document_id, source_payment_id,"
            + " source_credit_note_id, currency, amount_minor, source_currency,"
            + " source_amount_minor, applied_on, reversed_on";

    private final StoreContext context;
    private final Access access;
    private final String insert;
    private final String select;
    private final String selectById;
    private final String selectIdsIn;
    private final String selectDocumentIdsIn;
    private final String selectPaymentIdsIn;
    private final String reverse;
    private final String byDocument;
    private final String byPayment;
    private final String byCreditNote;
    private final String byCustomer;

    JdbcAllocationStore(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        String order = " ORDER BY " + context.dialect.orderColumn("id");
        this.insert = context.sql("INSERT INTO {allocations} (" + COLUMNS + ", written_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.select = context.sql("SELECT " + COLUMNS + " FROM {allocations}");
        this.selectById = select + " WHERE id = ?";
        this.selectIdsIn = context.sql("SELECT id FROM {allocations} WHERE id IN (");
        this.selectDocumentIdsIn = context.sql("SELECT id FROM {documents} WHERE id IN (");
        this.selectPaymentIdsIn = context.sql("SELECT id FROM {payments} WHERE id IN (");
        this.reverse = context.sql("UPDATE {allocations} SET reversed_on = ?, written_at = ?"
                + " WHERE id = ? AND reversed_on IS NULL");
        this.byDocument = select + " WHERE target_document_id = ?" + order;
        this.byPayment = select + " WHERE source_payment_id = ?" + order;
        this.byCreditNote = select + " WHERE source_credit_note_id = ?" + order;
        this.byCustomer = context.sql("SELECT a.id, a.target_document_id, a.source_payment_id,"
                + " a.source_credit_note_id, a.currency, a.amount_minor, a.source_currency,"
                + " a.source_amount_minor, a.applied_on, a.reversed_on FROM {allocations} a"
                + " JOIN {documents} d ON d.id = a.target_document_id WHERE d.customer_id = ?"
                + " ORDER BY a.{order:id}");
    }

    @Override
    public Allocation insert(Allocation allocation) {
        Objects.requireNonNull(allocation, "allocation");
        return insertAll(List.of(allocation)).get(0);
    }

    @Override
    public List<Allocation> insertAll(Collection<Allocation> allocations) {
        List<Allocation> copy = List.copyOf(allocations);
        List<String> ids = copy.stream().map(allocation -> allocation.id().value()).toList();
        Rows.requireDistinct(KIND, ids);
        return access.run(copy.size() == 1 ? "allocations.insert" : "allocations.insertAll",
                connection -> {
                    Rows.requireAbsent(connection, KIND, selectIdsIn, ids);
                    requireReferences(connection, copy);
                    try {
                        Rows.batch(connection, insert, copy.stream().map(this::params).toList());
                    } catch (SQLException e) {
                        if (SqlErrors.isUniqueViolation(e)) {
                            throw new DuplicateKeyException("an allocation among " + ids
                                    + " was inserted concurrently", e);
                        }
                        throw e;
                    }
                    return copy;
                });
    }

    private void requireReferences(Connection connection, List<Allocation> allocations)
            throws SQLException {
        Set<String> documents = new LinkedHashSet<>();
        Set<String> payments = new LinkedHashSet<>();
        for (Allocation allocation : allocations) {
            documents.add(allocation.target().value());
            if (allocation.source() instanceof AllocationSource.FromCreditNote note) {
                documents.add(note.creditNoteId().value());
            } else if (allocation.source() instanceof AllocationSource.FromPayment payment) {
                payments.add(payment.paymentId().value());
            }
        }
        Set<String> storedDocuments = new HashSet<>(
                Rows.findPresent(connection, selectDocumentIdsIn, List.copyOf(documents)));
        Set<String> storedPayments = new HashSet<>(
                Rows.findPresent(connection, selectPaymentIdsIn, List.copyOf(payments)));
        for (Allocation allocation : allocations) {
            requireReference(allocation, storedDocuments, storedPayments);
        }
    }

    private static void requireReference(Allocation allocation, Set<String> storedDocuments,
            Set<String> storedPayments) {
        if (!storedDocuments.contains(allocation.target().value())) {
            throw new NotFoundException(KIND + " " + allocation.id() + " settles document "
                    + allocation.target() + ", which is not stored");
        }
        if (allocation.source() instanceof AllocationSource.FromPayment payment
                && !storedPayments.contains(payment.paymentId().value())) {
            throw new NotFoundException(KIND + " " + allocation.id() + " takes money from"
                    + " payment " + payment.paymentId() + ", which is not stored");
        }
        if (allocation.source() instanceof AllocationSource.FromCreditNote note
                && !storedDocuments.contains(note.creditNoteId().value())) {
            throw new NotFoundException(KIND + " " + allocation.id() + " takes credit from"
                    + " document " + note.creditNoteId() + ", which is not stored");
        }
    }

    @Override
    public Optional<Allocation> find(AllocationId id) {
        Objects.requireNonNull(id, "id");
        return access.run("allocations.find",
                connection -> Sql.queryOne(connection, selectById, this::map, List.of(id.value())));
    }

    @Override
    public Allocation reverse(AllocationId id, LocalDate on) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        return access.run("allocations.reverse", connection -> {
            Allocation current = Sql.queryOne(connection, selectById + " FOR UPDATE", this::map,
                    List.of(id.value())).orElseThrow(() -> new NotFoundException(KIND + " " + id
                            + " not found"));
            if (current.reversedOn() != null) {
                throw alreadyReversed(current);
            }
            if (on.isBefore(current.appliedOn())) {
                throw new IllegalArgumentException(KIND + " " + id + " applies on "
                        + current.appliedOn() + " and cannot be reversed earlier, on " + on);
            }
            Allocation reversed = current.reverse(on);
            if (Sql.update(connection, reverse, Sql.params(on, context.now(), id.value())) == 0) {
                throw alreadyReversed(current);
            }
            return reversed;
        });
    }

    @Override
    public List<Allocation> findByDocument(DocumentId documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return access.run("allocations.findByDocument", connection -> Sql.queryList(connection,
                byDocument, this::map, List.of(documentId.value())));
    }

    @Override
    public List<Allocation> findBySource(AllocationSource source) {
        Objects.requireNonNull(source, "source");
        String sql;
        String key;
        if (source instanceof AllocationSource.FromPayment payment) {
            sql = byPayment;
            key = payment.paymentId().value();
        } else {
            sql = byCreditNote;
            key = ((AllocationSource.FromCreditNote) source).creditNoteId().value();
        }
        return access.run("allocations.findBySource",
                connection -> Sql.queryList(connection, sql, this::map, List.of(key)));
    }

    @Override
    public Stream<Allocation> streamByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return access.stream("allocations.streamByCustomer",
                connection -> Sql.prepare(connection, byCustomer, List.of(customerId.value())),
                this::map);
    }

    private List<Object> params(Allocation allocation) {
        String paymentId = null;
        String creditNoteId = null;
        if (allocation.source() instanceof AllocationSource.FromPayment payment) {
            paymentId = payment.paymentId().value();
        } else if (allocation.source() instanceof AllocationSource.FromCreditNote note) {
            creditNoteId = note.creditNoteId().value();
        }
        return Sql.params(allocation.id().value(), allocation.target().value(), paymentId,
                creditNoteId, Rows.currency(allocation.amount()), Rows.minor(allocation.amount()),
                Rows.currency(allocation.sourceAmount()), Rows.minor(allocation.sourceAmount()),
                allocation.appliedOn(), allocation.reversedOn(), context.now());
    }

    private Allocation map(ResultSet row) throws SQLException {
        String paymentId = row.getString("source_payment_id");
        String creditNoteId = row.getString("source_credit_note_id");
        AllocationSource source = paymentId != null
                ? AllocationSource.payment(PaymentId.of(paymentId))
                : AllocationSource.creditNote(DocumentId.of(creditNoteId));
        return new Allocation(
                AllocationId.of(row.getString("id")),
                source,
                DocumentId.of(row.getString("target_document_id")),
                Rows.money(row, "amount_minor", "currency"),
                Rows.money(row, "source_amount_minor", "source_currency"),
                Sql.date(row, "applied_on"),
                Sql.date(row, "reversed_on"));
    }

    private static ConflictException alreadyReversed(Allocation allocation) {
        return new ConflictException(KIND + " " + allocation.id() + " was already reversed"
                + (allocation.reversedOn() == null ? "" : " on " + allocation.reversedOn()));
    }
}
