package io.github.receivables.examples.jdbc;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.WriteOff;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.WriteOffId;
import io.github.receivables.spi.store.WriteOffReason;
import io.github.receivables.spi.store.WriteOffRecord;
import io.github.receivables.spi.store.WriteOffStore;
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
 * {@link WriteOffStore} over the {@code write_offs} table. A foreign key guards the reference to
 * the document; the store also looks it up first, so a missing one is named in the message.
 * Documents are never deleted by the stores, so the lookup cannot be overtaken.
 */
final class JdbcWriteOffStore implements WriteOffStore {

    private static final String KIND = "write-off";
    private static final String COLUMNS = "id, document_id, currency, amount_minor, reason,"
            + " source, written_off_on, reversed_on";

    private final StoreContext context;
    private final Access access;
    private final String insert;
    private final String selectById;
    private final String selectIdsIn;
    private final String selectDocumentIdsIn;
    private final String reverse;
    private final String byDocument;
    private final String bySource;
    private final String byCustomer;

    JdbcWriteOffStore(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        String order = " ORDER BY " + context.dialect.orderColumn("id");
        String select = context.sql("SELECT " + COLUMNS + " FROM {write_offs}");
        this.insert = context.sql("INSERT INTO {write_offs} (" + COLUMNS + ", written_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.selectById = select + " WHERE id = ?";
        this.selectIdsIn = context.sql("SELECT id FROM {write_offs} WHERE id IN (");
        this.selectDocumentIdsIn = context.sql("SELECT id FROM {documents} WHERE id IN (");
        this.reverse = context.sql("UPDATE {write_offs} SET reversed_on = ?, written_at = ?"
                + " WHERE id = ? AND reversed_on IS NULL");
        this.byDocument = select + " WHERE document_id = ?" + order;
        this.bySource = select + " WHERE source = ?" + order;
        this.byCustomer = context.sql("SELECT w.id, w.document_id, w.currency, w.amount_minor,"
                + " w.reason, w.source, w.written_off_on, w.reversed_on FROM {write_offs} w"
                + " JOIN {documents} d ON d.id = w.document_id WHERE d.customer_id = ?"
                + " ORDER BY w.{order:id}");
    }

    @Override
    public WriteOffRecord insert(WriteOffRecord writeOff) {
        Objects.requireNonNull(writeOff, "writeOff");
        return insertAll(List.of(writeOff)).get(0);
    }

    @Override
    public List<WriteOffRecord> insertAll(Collection<WriteOffRecord> writeOffs) {
        List<WriteOffRecord> copy = List.copyOf(writeOffs);
        List<String> ids = copy.stream().map(writeOff -> writeOff.id().value()).toList();
        Rows.requireDistinct(KIND, ids);
        return access.run(copy.size() == 1 ? "write_offs.insert" : "write_offs.insertAll",
                connection -> {
                    Rows.requireAbsent(connection, KIND, selectIdsIn, ids);
                    requireDocuments(connection, copy);
                    try {
                        Rows.batch(connection, insert, copy.stream().map(this::params).toList());
                    } catch (SQLException e) {
                        if (SqlErrors.isUniqueViolation(e)) {
                            throw new DuplicateKeyException("a write-off among " + ids
                                    + " was inserted concurrently", e);
                        }
                        throw e;
                    }
                    return copy;
                });
    }

    private void requireDocuments(Connection connection, List<WriteOffRecord> writeOffs)
            throws SQLException {
        Set<String> documents = new LinkedHashSet<>();
        writeOffs.forEach(writeOff -> documents.add(writeOff.documentId().value()));
        Set<String> stored = new HashSet<>(
                Rows.findPresent(connection, selectDocumentIdsIn, List.copyOf(documents)));
        for (WriteOffRecord writeOff : writeOffs) {
            if (!stored.contains(writeOff.documentId().value())) {
                throw new NotFoundException(KIND + " " + writeOff.id() + " closes document "
                        + writeOff.documentId() + ", which is not stored");
            }
        }
    }

    @Override
    public Optional<WriteOffRecord> find(WriteOffId id) {
        Objects.requireNonNull(id, "id");
        return access.run("write_offs.find",
                connection -> Sql.queryOne(connection, selectById, this::map, List.of(id.value())));
    }

    @Override
    public WriteOffRecord reverse(WriteOffId id, LocalDate on) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        return access.run("write_offs.reverse", connection -> {
            WriteOffRecord current = Sql.queryOne(connection, selectById + " FOR UPDATE",
                    this::map, List.of(id.value())).orElseThrow(() -> new NotFoundException(
                            KIND + " " + id + " not found"));
            if (current.reversedOn() != null) {
                throw alreadyReversed(current);
            }
            if (on.isBefore(current.writeOff().on())) {
                throw new IllegalArgumentException(KIND + " " + id + " applies on "
                        + current.writeOff().on() + " and cannot be reversed earlier, on " + on);
            }
            WriteOffRecord reversed = current.reverse(on);
            if (Sql.update(connection, reverse, Sql.params(on, context.now(), id.value())) == 0) {
                throw alreadyReversed(current);
            }
            return reversed;
        });
    }

    @Override
    public List<WriteOffRecord> findByDocument(DocumentId documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return access.run("write_offs.findByDocument", connection -> Sql.queryList(connection,
                byDocument, this::map, List.of(documentId.value())));
    }

    @Override
    public List<WriteOffRecord> findBySource(String source) {
        Objects.requireNonNull(source, "source");
        return access.run("write_offs.findBySource",
                connection -> Sql.queryList(connection, bySource, this::map, List.of(source)));
    }

    @Override
    public Stream<WriteOffRecord> streamByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return access.stream("write_offs.streamByCustomer",
                connection -> Sql.prepare(connection, byCustomer, List.of(customerId.value())),
                this::map);
    }

    private List<Object> params(WriteOffRecord record) {
        WriteOff writeOff = record.writeOff();
        return Sql.params(record.id().value(), writeOff.documentId().value(),
                Rows.currency(writeOff.amount()), Rows.minor(writeOff.amount()),
                record.reason().name(), record.source(), writeOff.on(), writeOff.reversedOn(),
                context.now());
    }

    private WriteOffRecord map(ResultSet row) throws SQLException {
        WriteOff writeOff = new WriteOff(DocumentId.of(row.getString("document_id")),
                Rows.money(row, "amount_minor", "currency"),
                Sql.date(row, "written_off_on"),
                Sql.date(row, "reversed_on"));
        return new WriteOffRecord(WriteOffId.of(row.getString("id")), writeOff,
                WriteOffReason.valueOf(row.getString("reason")), row.getString("source"));
    }

    private static ConflictException alreadyReversed(WriteOffRecord writeOff) {
        return new ConflictException(KIND + " " + writeOff.id() + " was already reversed"
                + (writeOff.reversedOn() == null ? "" : " on " + writeOff.reversedOn()));
    }
}
