package io.github.receivables.examples.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.DocumentReference;
import io.github.receivables.core.document.Instalment;
import io.github.receivables.core.document.SiiDocumentType;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.DocumentStore;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.Versioned;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link DocumentStore} over the {@code documents} table. The first due date and the status
 * variant are columns of their own for queries; instalments, references and the status details
 * are JSON.
 */
final class JdbcDocumentStore implements DocumentStore {

    private static final String KIND = "document";
    private static final TypeReference<List<Instalment>> INSTALMENTS = new TypeReference<>() {};
    private static final TypeReference<List<DocumentReference>> REFERENCES =
            new TypeReference<>() {};
    private static final Keyset.Order BY_ID = new Keyset.Order("documents", null, "id");
    private static final String COLUMNS = "id, version, customer_id, kind, number, sii_code,"
            + " issue_date, reception_date, due_date, currency, total_minor, tax_minor,"
            + " instalments, doc_references, status_type, status";

    private final StoreContext context;
    private final Access access;
    private final String insert;
    private final String update;
    private final String select;
    private final String selectById;
    private final String selectVersion;
    private final String selectIdsIn;

    JdbcDocumentStore(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        this.insert = context.sql("INSERT INTO {documents} (" + COLUMNS + ", written_at)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {json}, {json}, ?, {json}, ?)");
        this.update = context.sql("UPDATE {documents} SET version = version + 1,"
                + " customer_id = ?, kind = ?, number = ?, sii_code = ?, issue_date = ?,"
                + " reception_date = ?, due_date = ?, currency = ?, total_minor = ?,"
                + " tax_minor = ?, instalments = {json}, doc_references = {json},"
                + " status_type = ?, status = {json}, written_at = ?"
                + " WHERE id = ? AND version = ?");
        this.select = context.sql("SELECT " + COLUMNS + " FROM {documents}");
        this.selectById = select + " WHERE id = ?";
        this.selectVersion = context.sql("SELECT version FROM {documents} WHERE id = ?");
        this.selectIdsIn = context.sql("SELECT id FROM {documents} WHERE id IN (");
    }

    @Override
    public Versioned<Document> insert(Document document) {
        Objects.requireNonNull(document, "document");
        return access.run("documents.insert", connection -> {
            try {
                Sql.update(connection, insert, insertParams(document));
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    throw new DuplicateKeyException(KIND + " " + document.id()
                            + " already exists", e);
                }
                throw e;
            }
            return Versioned.initial(document);
        });
    }

    @Override
    public List<Versioned<Document>> insertAll(Collection<Document> documents) {
        List<Document> copy = List.copyOf(documents);
        List<String> ids = copy.stream().map(document -> document.id().value()).toList();
        Rows.requireDistinct(KIND, ids);
        return access.run("documents.insertAll", connection -> {
            Rows.requireAbsent(connection, KIND, selectIdsIn, ids);
            Rows.batch(connection, insert, copy.stream().map(this::insertParams).toList());
            return copy.stream().map(Versioned::initial).toList();
        });
    }

    @Override
    public List<InsertResult<Versioned<Document>>> insertAllIfAbsent(
            Collection<Document> documents) {
        List<Document> copy = List.copyOf(documents);
        return access.run("documents.insertAllIfAbsent", connection -> {
            List<InsertResult<Versioned<Document>>> results = new ArrayList<>(copy.size());
            for (Document document : copy) {
                results.add(insertIfAbsent(connection, document));
            }
            return results;
        });
    }

    private InsertResult<Versioned<Document>> insertIfAbsent(Connection connection,
            Document document) throws SQLException {
        if (context.dialect.insertIfAbsent(connection, insert, insertParams(document))) {
            return new InsertResult.Inserted<>(Versioned.initial(document));
        }
        Versioned<Document> present = Sql.queryOne(connection, selectById, this::map,
                List.of(document.id().value())).orElseThrow(() -> new JdbcStoreException(KIND
                        + " " + document.id() + " was reported present but is not stored;"
                        + " documents are never deleted by the store, so another program"
                        + " deleted it", null));
        return new InsertResult.AlreadyPresent<>(present);
    }

    @Override
    public Optional<Versioned<Document>> find(DocumentId id) {
        Objects.requireNonNull(id, "id");
        return access.run("documents.find",
                connection -> Sql.queryOne(connection, selectById, this::map, List.of(id.value())));
    }

    @Override
    public Map<DocumentId, Versioned<Document>> findAll(Collection<DocumentId> ids) {
        List<String> keys = ids.stream().map(DocumentId::value).distinct().toList();
        return access.run("documents.findAll", connection -> {
            Map<DocumentId, Versioned<Document>> found = new LinkedHashMap<>();
            for (int from = 0; from < keys.size(); from += Rows.IN_LIST_SIZE) {
                List<String> chunk = keys.subList(from,
                        Math.min(keys.size(), from + Rows.IN_LIST_SIZE));
                String sql = select + " WHERE id IN (" + Sql.markers(chunk.size()) + ")";
                for (Versioned<Document> row : Sql.queryList(connection, sql, this::map, chunk)) {
                    found.put(row.value().id(), row);
                }
            }
            return found;
        });
    }

    @Override
    public List<Versioned<Document>> findByNumber(String number) {
        Objects.requireNonNull(number, "number");
        String sql = select + " WHERE number = ? ORDER BY " + context.dialect.orderColumn("id");
        return access.run("documents.findByNumber",
                connection -> Sql.queryList(connection, sql, this::map, List.of(number)));
    }

    @Override
    public Stream<Versioned<Document>> streamByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        String sql = select + " WHERE customer_id = ? ORDER BY "
                + context.dialect.orderColumn("id");
        return access.stream("documents.streamByCustomer",
                connection -> Sql.prepare(connection, sql, List.of(customerId.value())),
                this::map);
    }

    @Override
    public Versioned<Document> update(Document document, long expectedVersion) {
        Objects.requireNonNull(document, "document");
        List<Object> params = valueParams(document);
        params.add(document.id().value());
        params.add(expectedVersion);
        return access.run("documents.update", connection -> {
            if (Sql.update(connection, update, params) == 0) {
                throw Rows.missedUpdate(connection, selectVersion, KIND, document.id().value(),
                        expectedVersion);
            }
            return new Versioned<>(document, Math.addExact(expectedVersion, 1));
        });
    }

    @Override
    public Page<Versioned<Document>> list(PageRequest request) {
        Keyset.Cursor cursor = Keyset.cursor(BY_ID, Objects.requireNonNull(request, "request"));
        return access.run("documents.list", connection -> Keyset.page(connection, context,
                select, List.of(), List.of(), cursor, this::map,
                row -> new Keyset.SortKey(null, row.value().id().value())));
    }

    private List<Object> insertParams(Document document) {
        List<Object> params = valueParams(document);
        params.add(0, document.id().value());
        return params;
    }

    /** Returns the parameters from customer_id to written_at, in the order of both statements. */
    private List<Object> valueParams(Document document) {
        SiiDocumentType siiType = document.siiType();
        return Sql.params(document.customerId().value(), document.kind(), document.number(),
                siiType == null ? null : siiType.code(),
                document.issueDate(), document.receptionDate(), document.dueDate(),
                document.currency().getCurrencyCode(), document.total().minorUnits(),
                document.tax().minorUnits(),
                context.json.write(document.instalments()),
                context.json.write(document.references()),
                context.json.statusType(document.status()),
                context.json.write(document.status()),
                context.now());
    }

    private Versioned<Document> map(ResultSet row) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency").trim());
        Integer siiCode = Sql.nullableInt(row, "sii_code");
        Document document = new Document(
                DocumentId.of(row.getString("id")),
                CustomerId.of(row.getString("customer_id")),
                DocumentKind.valueOf(row.getString("kind")),
                row.getString("number"),
                siiCode == null ? null : SiiDocumentType.ofCode(siiCode),
                Sql.date(row, "issue_date"),
                Sql.date(row, "reception_date"),
                context.json.read(row.getString("instalments"), INSTALMENTS,
                        "documents.instalments"),
                Money.ofMinor(row.getLong("total_minor"), currency),
                Money.ofMinor(row.getLong("tax_minor"), currency),
                context.json.read(row.getString("doc_references"), REFERENCES,
                        "documents.doc_references"),
                context.json.read(row.getString("status"), CollectionStatus.class,
                        "documents.status"));
        return new Versioned<>(document, row.getLong("version"));
    }
}
