package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.DocumentStore;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OptimisticLockException;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.Versioned;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Contract of {@link DocumentStore}: every adapter's document store must pass it. */
public abstract class DocumentStoreContract extends StoreContract {

    private DocumentStore documents() {
        return stores.documents();
    }

    private static List<String> ids(List<Versioned<Document>> rows) {
        return rows.stream().map(row -> row.value().id().value()).toList();
    }

    @Test
    void insertThenFindKeepsEveryField() {
        Document document = data.document("D1", "C1");

        documents().insert(document);

        assertEquals(Versioned.initial(document),
                documents().find(DocumentId.of("D1")).orElseThrow());
    }

    @Test
    void insertWithoutStoredCustomerSucceeds() {
        documents().insert(data.document("D1", "not-yet-a-customer"));

        assertTrue(documents().find(DocumentId.of("D1")).isPresent());
    }

    @Test
    void everyCollectionStatusSurvivesRoundTrip() {
        List<CollectionStatus> statuses = List.of(
                CollectionStatus.ACTIVE,
                new CollectionStatus.OnHold(TestData.TODAY, null),
                new CollectionStatus.OnHold(TestData.TODAY, TestData.TODAY.plusDays(9)),
                new CollectionStatus.Promised(TestData.TODAY, TestData.TODAY.plusDays(7),
                        Money.ofMinor(45_000, TestData.CLP)),
                new CollectionStatus.AssignedToFactor("Factor SpA", TestData.TODAY, null),
                new CollectionStatus.AssignedToFactor("Factor SpA", TestData.TODAY, "pay to X"),
                new CollectionStatus.WrittenOff(TestData.TODAY));
        for (int i = 0; i < statuses.size(); i++) {
            Document document = data.document("D" + i, "C1").withStatus(statuses.get(i));
            documents().insert(document);

            assertEquals(document, documents().find(document.id()).orElseThrow().value(),
                    "status " + statuses.get(i));
        }
    }

    @Test
    void creditNoteSurvivesRoundTrip() {
        Document note = data.creditNote("N1", "C1");

        documents().insert(note);

        assertEquals(note, documents().find(DocumentId.of("N1")).orElseThrow().value());
    }

    @Test
    void insertDuplicateIdFails() {
        documents().insert(data.document("D1", "C1"));

        assertThrows(DuplicateKeyException.class,
                () -> documents().insert(data.document("D1", "C2")));
    }

    @Test
    void insertAllWithStoredIdInsertsNothing() {
        documents().insert(data.document("D2", "C1"));

        assertThrows(DuplicateKeyException.class, () -> documents().insertAll(List.of(
                data.document("D1", "C1"), data.document("D2", "C1"))));

        assertTrue(documents().find(DocumentId.of("D1")).isEmpty());
    }

    @Test
    void repeatedImportInsertsOnce() {
        List<Document> register = List.of(data.document("D1", "C1"), data.document("D2", "C1"));

        List<InsertResult<Versioned<Document>>> first = documents().insertAllIfAbsent(register);
        List<InsertResult<Versioned<Document>>> second = documents().insertAllIfAbsent(register);

        assertTrue(first.stream().allMatch(InsertResult::inserted));
        assertTrue(second.stream().noneMatch(InsertResult::inserted));
        assertEquals(first.get(1).value(), second.get(1).value());
    }

    @Test
    void findAllReturnsStoredIdsOnly() {
        documents().insertAll(List.of(data.document("D1", "C1"), data.document("D2", "C2")));

        Map<DocumentId, Versioned<Document>> found = documents().findAll(List.of(
                DocumentId.of("D2"), DocumentId.of("missing")));

        assertEquals(List.of(DocumentId.of("D2")), List.copyOf(found.keySet()));
    }

    @Test
    void findByNumberSpansCustomers() {
        documents().insertAll(List.of(
                data.documentNumbered("X2", "C1", "1234"),
                data.documentNumbered("X1", "C2", "1234"),
                data.documentNumbered("X3", "C1", "01234")));

        assertEquals(List.of("X1", "X2"), ids(documents().findByNumber("1234")));
        assertEquals(List.of("X3"), ids(documents().findByNumber("01234")));
        assertTrue(documents().findByNumber("999").isEmpty());
    }

    @Test
    void streamByCustomerInIdOrder() {
        documents().insertAll(List.of(data.document("D3", "C1"), data.document("D1", "C1"),
                data.document("D2", "C2"), data.document("D0", "C1")));

        List<String> streamed;
        try (Stream<Versioned<Document>> stream =
                documents().streamByCustomer(CustomerId.of("C1"))) {
            streamed = stream.map(row -> row.value().id().value()).toList();
        }

        assertEquals(List.of("D0", "D1", "D3"), streamed);
    }

    @Test
    void streamByCustomerWithoutDocumentsIsEmpty() {
        try (Stream<Versioned<Document>> stream =
                documents().streamByCustomer(CustomerId.of("C1"))) {
            assertEquals(0, stream.count());
        }
    }

    @Test
    void streamCloseRunsCloseHandlers() {
        documents().insert(data.document("D1", "C1"));
        AtomicBoolean closed = new AtomicBoolean();

        try (Stream<Versioned<Document>> stream =
                documents().streamByCustomer(CustomerId.of("C1")).onClose(() -> closed.set(true))) {
            assertEquals(1, stream.count());
        }

        assertTrue(closed.get());
    }

    @Test
    void streamsClosedEarlyReleaseTheirResources() {
        documents().insertAll(List.of(data.document("D1", "C1"), data.document("D2", "C1")));

        for (int i = 0; i < 200; i++) {
            try (Stream<Versioned<Document>> stream =
                    documents().streamByCustomer(CustomerId.of("C1"))) {
                assertEquals("D1", stream.findFirst().orElseThrow().value().id().value());
            }
        }

        documents().insert(data.document("D3", "C1"));
        assertEquals(3, Page.collectAll(PageRequest.first(10), documents()::list).size());
    }

    @Test
    void updateStatusRaisesVersion() {
        Versioned<Document> stored = documents().insert(data.document("D1", "C1"));
        Document writtenOff = stored.value()
                .withStatus(new CollectionStatus.WrittenOff(TestData.TODAY));

        Versioned<Document> updated = documents().update(writtenOff, stored.version());

        assertEquals(2, updated.version());
        assertEquals(updated, documents().find(DocumentId.of("D1")).orElseThrow());
    }

    @Test
    void updateWithStaleVersionFails() {
        Versioned<Document> stored = documents().insert(data.document("D1", "C1"));
        documents().update(stored.value().withStatus(CollectionStatus.ACTIVE), 1);

        assertThrows(OptimisticLockException.class, () -> documents().update(
                stored.value().withStatus(new CollectionStatus.WrittenOff(TestData.TODAY)), 1));
        assertEquals(CollectionStatus.ACTIVE,
                documents().find(DocumentId.of("D1")).orElseThrow().value().status());
    }

    @Test
    void updateMissingFailsWithNotFound() {
        assertThrows(NotFoundException.class,
                () -> documents().update(data.document("missing", "C1"), 1));
    }

    @Test
    void updateMovesDocumentIndexes() {
        Versioned<Document> stored = documents().insert(
                data.documentNumbered("D1", "C1", "100"));

        documents().update(data.documentNumbered("D1", "C2", "200"), stored.version());

        try (Stream<Versioned<Document>> old = documents().streamByCustomer(CustomerId.of("C1"))) {
            assertEquals(0, old.count());
        }
        try (Stream<Versioned<Document>> now = documents().streamByCustomer(CustomerId.of("C2"))) {
            assertEquals(1, now.count());
        }
        assertTrue(documents().findByNumber("100").isEmpty());
        assertEquals(List.of("D1"), ids(documents().findByNumber("200")));
    }

    @Test
    void listPagesCompleteInIdOrder() {
        List<String> ids = data.mixedCaseIds(31, "D");
        documents().insertAll(ids.stream().map(id -> data.document(id, "C1")).toList());

        List<String> listed = ids(Page.collectAll(PageRequest.first(4), documents()::list));

        assertEquals(ids.stream().sorted().toList(), listed);
    }
}
