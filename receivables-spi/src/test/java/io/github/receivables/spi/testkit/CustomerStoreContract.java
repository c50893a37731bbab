package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.LegalStatus;
import io.github.receivables.core.party.Rut;
import io.github.receivables.spi.store.CustomerStore;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OptimisticLockException;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract of {@link CustomerStore}: every adapter's customer store must pass it. */
public abstract class CustomerStoreContract extends StoreContract {

    private CustomerStore customers() {
        return stores.customers();
    }

    @Test
    void insertThenFindKeepsEveryField() {
        Customer customer = data.customer("C1");

        Versioned<Customer> stored = customers().insert(customer);

        assertEquals(Versioned.initial(customer), stored);
        assertEquals(stored, customers().find(CustomerId.of("C1")).orElseThrow());
    }

    @Test
    void findMissingIsEmpty() {
        assertTrue(customers().find(CustomerId.of("missing")).isEmpty());
    }

    @Test
    void insertDuplicateIdFailsAndKeepsOriginal() {
        customers().insert(data.customer("C1"));
        Customer other = data.customer("C1").withLegalStatus(LegalStatus.SUED);

        assertThrows(DuplicateKeyException.class, () -> customers().insert(other));

        assertEquals(LegalStatus.NONE,
                customers().find(CustomerId.of("C1")).orElseThrow().value().legalStatus());
    }

    @Test
    void insertAllWithStoredIdInsertsNothing() {
        customers().insert(data.customer("C2"));

        assertThrows(DuplicateKeyException.class, () -> customers().insertAll(
                List.of(data.customer("C1"), data.customer("C2"), data.customer("C3"))));

        assertTrue(customers().find(CustomerId.of("C1")).isEmpty());
        assertTrue(customers().find(CustomerId.of("C3")).isEmpty());
    }

    @Test
    void insertAllWithRepeatedIdInsertsNothing() {
        assertThrows(DuplicateKeyException.class, () -> customers().insertAll(
                List.of(data.customer("C1"), data.customer("C1"))));

        assertTrue(customers().find(CustomerId.of("C1")).isEmpty());
    }

    @Test
    void insertAllReturnsRowsInInputOrder() {
        List<Versioned<Customer>> stored = customers().insertAll(
                List.of(data.customer("C2"), data.customer("C1")));

        assertEquals(List.of("C2", "C1"),
                stored.stream().map(row -> row.value().id().value()).toList());
        assertEquals(List.of(1L, 1L), stored.stream().map(Versioned::version).toList());
    }

    @Test
    void insertIfAbsentSkipsPresentIds() {
        customers().insert(data.customer("C1"));
        Customer changed = data.customer("C1").withLegalStatus(LegalStatus.INSOLVENT);

        List<InsertResult<Versioned<Customer>>> results = customers().insertAllIfAbsent(
                List.of(changed, data.customer("C2"), data.customer("C2")));

        assertEquals(List.of(false, true, false),
                results.stream().map(InsertResult::inserted).toList());
        assertEquals(LegalStatus.NONE, results.get(0).value().value().legalStatus());
        assertEquals(results.get(1).value(), results.get(2).value());
    }

    @Test
    void insertAllIfAbsentRepeatedChangesNothing() {
        List<Customer> batch = List.of(data.customer("C1"), data.customer("C2"));
        customers().insertAllIfAbsent(batch);

        List<InsertResult<Versioned<Customer>>> again = customers().insertAllIfAbsent(batch);

        assertTrue(again.stream().noneMatch(InsertResult::inserted));
        assertEquals(2, Page.collectAll(PageRequest.first(10), customers()::list).size());
    }

    @Test
    void findAllReturnsStoredIdsOnly() {
        customers().insertAll(List.of(data.customer("C1"), data.customer("C2")));

        Map<CustomerId, Versioned<Customer>> found = customers().findAll(
                List.of(CustomerId.of("C2"), CustomerId.of("missing"), CustomerId.of("C1")));

        assertEquals(2, found.size());
        assertEquals(data.customer("C2"), found.get(CustomerId.of("C2")).value());
        assertFalse(found.containsKey(CustomerId.of("missing")));
    }

    @Test
    void findByTaxIdReturnsBranches() {
        Rut shared = Rut.parse("76.086.428-5");
        customers().insertAll(List.of(data.customer("Z9", shared), data.customer("A1", shared),
                data.customer("M5", Rut.of(11_111_111))));

        List<Versioned<Customer>> found = customers().findByTaxId(Rut.parse("760864285"));

        assertEquals(List.of("A1", "Z9"),
                found.stream().map(row -> row.value().id().value()).toList());
    }

    @Test
    void taxIdLookupFollowsUpdate() {
        Versioned<Customer> stored = customers().insert(data.customer("C1", Rut.of(11_111_111)));
        Customer moved = data.customer("C1", Rut.of(22_222_222));

        customers().update(moved, stored.version());

        assertTrue(customers().findByTaxId(Rut.of(11_111_111)).isEmpty());
        assertEquals(1, customers().findByTaxId(Rut.of(22_222_222)).size());
    }

    @Test
    void updateRaisesVersionByOne() {
        Versioned<Customer> stored = customers().insert(data.customer("C1"));
        Customer sued = stored.value().withLegalStatus(LegalStatus.SUED);

        Versioned<Customer> updated = customers().update(sued, 1);

        assertEquals(new Versioned<>(sued, 2), updated);
        assertEquals(updated, customers().find(CustomerId.of("C1")).orElseThrow());
    }

    @Test
    void updateWithStaleVersionFailsAndKeepsRow() {
        Versioned<Customer> stored = customers().insert(data.customer("C1"));
        customers().update(stored.value().withLegalStatus(LegalStatus.SUED), 1);

        assertThrows(OptimisticLockException.class, () -> customers().update(
                stored.value().withLegalStatus(LegalStatus.INSOLVENT), 1));

        Versioned<Customer> current = customers().find(CustomerId.of("C1")).orElseThrow();
        assertEquals(2, current.version());
        assertEquals(LegalStatus.SUED, current.value().legalStatus());
    }

    @Test
    void updateMissingFailsWithNotFound() {
        assertThrows(NotFoundException.class,
                () -> customers().update(data.customer("missing"), 1));
    }

    @Test
    void listEmptyStoreIsOneEmptyLastPage() {
        Page<Versioned<Customer>> page = customers().list(PageRequest.first(5));

        assertTrue(page.items().isEmpty());
        assertNull(page.nextToken());
    }

    @Test
    void listPagesCompleteInIdOrder() {
        List<String> ids = data.mixedCaseIds(23, "C");
        customers().insertAll(ids.stream().map(data::customer).toList());

        List<String> listed = new ArrayList<>();
        int pages = 0;
        PageRequest request = PageRequest.first(5);
        while (request != null) {
            Page<Versioned<Customer>> page = customers().list(request);
            assertTrue(page.items().size() <= 5, "page larger than requested");
            page.items().forEach(row -> listed.add(row.value().id().value()));
            pages++;
            request = page.nextRequest(5).orElse(null);
        }

        assertEquals(ids.stream().sorted().toList(), listed);
        assertEquals(5, pages);
    }

    @Test
    void listExactMultipleEndsWithoutEmptyPage() {
        customers().insertAll(data.mixedCaseIds(10, "C").stream().map(data::customer).toList());

        Page<Versioned<Customer>> first = customers().list(PageRequest.first(5));
        Page<Versioned<Customer>> second = customers().list(first.nextRequest(5).orElseThrow());

        assertEquals(5, second.items().size());
        assertFalse(second.hasNext());
    }

    @Test
    void listSurvivesInsertsBetweenPages() {
        customers().insertAll(List.of(data.customer("b1"), data.customer("b2"),
                data.customer("b3"), data.customer("b4")));

        Page<Versioned<Customer>> first = customers().list(PageRequest.first(2));
        customers().insert(data.customer("a0"));
        customers().insert(data.customer("c0"));
        Page<Versioned<Customer>> second = customers().list(first.nextRequest(2).orElseThrow());
        Page<Versioned<Customer>> third = customers().list(second.nextRequest(2).orElseThrow());

        assertEquals(List.of("b3", "b4"),
                second.items().stream().map(row -> row.value().id().value()).toList());
        assertEquals(List.of("c0"),
                third.items().stream().map(row -> row.value().id().value()).toList());
    }
}
