package io.github.receivables.spi.memory;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.DocumentStore;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.Versioned;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link DocumentStore} over the in-memory tables. Streams are built from a copy taken under the
 * lock, so they hold no lock and closing them releases nothing.
 */
final class MemoryDocumentStore implements DocumentStore {

    private static final Keys.TokenCodec<DocumentId> TOKENS =
            Keys.idTokens(DocumentId::value, DocumentId::of);

    private final MemoryDatabase db;
    private final Access access;
    private final VersionedRows<DocumentId, Document> rows;

    MemoryDocumentStore(MemoryDatabase db, Access access) {
        this.db = db;
        this.access = access;
        this.rows = new VersionedRows<>("document", db.documents, Document::id);
    }

    @Override
    public Versioned<Document> insert(Document document) {
        Objects.requireNonNull(document, "document");
        return access.write(undo -> rows.insert(document, undo));
    }

    @Override
    public List<Versioned<Document>> insertAll(Collection<Document> documents) {
        List<Document> copy = List.copyOf(documents);
        return access.write(undo -> rows.insertAll(copy, undo));
    }

    @Override
    public List<InsertResult<Versioned<Document>>> insertAllIfAbsent(
            Collection<Document> documents) {
        List<Document> copy = List.copyOf(documents);
        return access.write(undo -> rows.insertAllIfAbsent(copy, undo));
    }

    @Override
    public Optional<Versioned<Document>> find(DocumentId id) {
        Objects.requireNonNull(id, "id");
        return access.read(() -> Optional.ofNullable(db.documents.get(id)));
    }

    @Override
    public Map<DocumentId, Versioned<Document>> findAll(Collection<DocumentId> ids) {
        List<DocumentId> copy = List.copyOf(ids);
        return access.read(() -> rows.findAll(copy));
    }

    @Override
    public List<Versioned<Document>> findByNumber(String number) {
        Objects.requireNonNull(number, "number");
        return access.read(() -> db.documentsByNumber.group(number).values().stream()
                .map(db.documents::get).toList());
    }

    @Override
    public Stream<Versioned<Document>> streamByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        List<Versioned<Document>> copy = access.read(() -> db.documentsByCustomer
                .group(customerId).values().stream().map(db.documents::get).toList());
        return copy.stream();
    }

    @Override
    public Versioned<Document> update(Document document, long expectedVersion) {
        Objects.requireNonNull(document, "document");
        return access.write(undo -> rows.update(document, expectedVersion, undo));
    }

    @Override
    public Page<Versioned<Document>> list(PageRequest request) {
        Objects.requireNonNull(request, "request");
        return access.read(() -> Paging.page(db.documents.rows(), request, TOKENS, row -> row));
    }
}
