package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OptimisticLockException;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PaymentStore;
import io.github.receivables.spi.store.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contract of {@link PaymentStore}: every adapter's payment store must pass it. */
public abstract class PaymentStoreContract extends StoreContract {

    private PaymentStore payments() {
        return stores.payments();
    }

    private static List<String> ids(Page<Versioned<Payment>> page) {
        return page.items().stream().map(row -> row.value().id().value()).toList();
    }

    @Test
    void insertThenFindKeepsEveryField() {
        Payment payment = data.payment("P1", "C1", "camt:E1");

        payments().insert(payment);

        assertEquals(Versioned.initial(payment),
                payments().find(PaymentId.of("P1")).orElseThrow());
    }

    @Test
    void unidentifiedPaymentWithoutExternalIdSurvivesRoundTrip() {
        Payment payment = data.payment("P1", null, null);

        payments().insert(payment);

        assertEquals(payment, payments().find(PaymentId.of("P1")).orElseThrow().value());
    }

    @Test
    void insertDuplicateIdFails() {
        payments().insert(data.payment("P1", "C1", "camt:E1"));

        assertThrows(DuplicateKeyException.class,
                () -> payments().insert(data.payment("P1", "C1", "camt:E2")));
    }

    @Test
    void insertDuplicateExternalIdFails() {
        payments().insert(data.payment("P1", "C1", "camt:E1"));

        assertThrows(DuplicateKeyException.class,
                () -> payments().insert(data.payment("P2", "C1", "camt:E1")));
        assertTrue(payments().find(PaymentId.of("P2")).isEmpty());
    }

    @Test
    void manyPaymentsWithoutExternalIdAreAllowed() {
        payments().insert(data.payment("P1", "C1", null));
        payments().insert(data.payment("P2", "C1", null));

        assertTrue(payments().find(PaymentId.of("P2")).isPresent());
    }

    @Test
    void findByExternalIdFindsExactId() {
        payments().insert(data.payment("P1", "C1", "camt:E1"));

        assertEquals(PaymentId.of("P1"),
                payments().findByExternalId("camt:E1").orElseThrow().value().id());
        assertTrue(payments().findByExternalId("camt:e1").isEmpty());
    }

    @Test
    void repeatedImportByExternalIdSkipped() {
        payments().insertAllIfAbsent(List.of(data.payment("P1", "C1", "camt:E1")));

        List<InsertResult<Versioned<Payment>>> again = payments().insertAllIfAbsent(List.of(
                data.payment("P9", "C1", "camt:E1"), data.payment("P2", "C1", "camt:E2")));

        assertEquals(List.of(false, true), again.stream().map(InsertResult::inserted).toList());
        assertEquals(PaymentId.of("P1"), again.get(0).value().value().id());
        assertTrue(payments().find(PaymentId.of("P9")).isEmpty());
    }

    @Test
    void repeatedImportByIdSkipped() {
        payments().insert(data.payment("P1", "C1", "camt:E1"));

        InsertResult<Versioned<Payment>> result = payments().insertAllIfAbsent(
                List.of(data.payment("P1", "C1", "camt:E7"))).get(0);

        assertEquals(false, result.inserted());
        assertEquals("camt:E1", result.value().value().externalId());
    }

    @Test
    void repeatWithinInputInsertsFirst() {
        List<InsertResult<Versioned<Payment>>> results = payments().insertAllIfAbsent(List.of(
                data.payment("P1", "C1", "camt:E1"), data.payment("P2", "C1", "camt:E1")));

        assertEquals(List.of(true, false), results.stream().map(InsertResult::inserted).toList());
        assertEquals(PaymentId.of("P1"), results.get(1).value().value().id());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void racingImportsInsertEntryOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            String externalId = "camt:R" + round;
            List<Payment> first = List.of(data.payment("A" + round, "C1", externalId));
            List<Payment> second = List.of(data.payment("B" + round, "C1", externalId));

            List<Boolean> inserted = Concurrently.run(
                    () -> payments().insertAllIfAbsent(first).get(0).inserted(),
                    () -> payments().insertAllIfAbsent(second).get(0).inserted());

            assertEquals(1, inserted.stream().filter(b -> b).count(), "round " + round);
        }
    }

    @Test
    void findByCustomerPagesInIdOrder() {
        List<String> ids = data.mixedCaseIds(12, "P");
        List<Payment> batch = new ArrayList<>();
        ids.forEach(id -> batch.add(data.payment(id, "C1", null)));
        batch.add(data.payment("other", "C2", null));
        payments().insertAllIfAbsent(batch);

        List<String> listed = Page.collectAll(PageRequest.first(5),
                request -> payments().findByCustomer(CustomerId.of("C1"), request))
                .stream().map(row -> row.value().id().value()).toList();

        assertEquals(ids.stream().sorted().toList(), listed);
    }

    @Test
    void findUnidentifiedListsOnlyPaymentsWithoutPayer() {
        payments().insertAllIfAbsent(List.of(data.payment("P2", null, null),
                data.payment("P1", "C1", null), data.payment("P0", null, null)));

        assertEquals(List.of("P0", "P2"), ids(payments().findUnidentified(PageRequest.first(10))));
    }

    @Test
    void updateIdentifiesPayer() {
        Versioned<Payment> stored = payments().insert(data.payment("P1", null, "camt:E1"));

        payments().update(stored.value().withCustomerId(CustomerId.of("C7")), stored.version());

        assertTrue(payments().findUnidentified(PageRequest.first(10)).items().isEmpty());
        assertEquals(List.of("P1"), ids(payments().findByCustomer(CustomerId.of("C7"),
                PageRequest.first(10))));
        assertEquals(2, payments().findByExternalId("camt:E1").orElseThrow().version());
    }

    @Test
    void updateToExternalIdOfAnotherPaymentFails() {
        payments().insert(data.payment("P1", "C1", "camt:E1"));
        Versioned<Payment> second = payments().insert(data.payment("P2", "C1", "camt:E2"));

        assertThrows(DuplicateKeyException.class,
                () -> payments().update(data.payment("P2", "C1", "camt:E1"), second.version()));
        assertEquals("camt:E2",
                payments().find(PaymentId.of("P2")).orElseThrow().value().externalId());
    }

    @Test
    void updateWithStaleVersionFails() {
        payments().insert(data.payment("P1", null, null));
        payments().update(data.payment("P1", "C1", null), 1);

        assertThrows(OptimisticLockException.class,
                () -> payments().update(data.payment("P1", "C2", null), 1));
    }

    @Test
    void updateMissingFailsWithNotFound() {
        assertThrows(NotFoundException.class,
                () -> payments().update(data.payment("missing", "C1", null), 1));
    }
}
