package io.github.receivables.spi.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.testkit.TestData;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link InMemoryStores} beyond the conformance kit. */
class InMemoryStoresTest {

    private final InMemoryStores stores = InMemoryStores.create();
    private final TestData data = new TestData();

    @Test
    void outerStoresInsideTransactionAreRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> stores.runInTransaction(tx -> stores.customers().insert(data.customer("C1"))));

        assertTrue(e.getMessage().contains("Stores passed to it"), e.getMessage());
        assertTrue(stores.customers().find(CustomerId.of("C1")).isEmpty());
    }

    @Test
    void nestedTopLevelTransactionIsRejected() {
        assertThrows(IllegalStateException.class,
                () -> stores.runInTransaction(tx -> stores.runInTransaction(inner -> { })));
    }

    @Test
    void transactionStoresAfterCommitAreRejected() {
        AtomicReference<Stores> leaked = new AtomicReference<>();
        stores.runInTransaction(leaked::set);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> leaked.get().customers().find(CustomerId.of("C1")));

        assertTrue(e.getMessage().contains("has ended"), e.getMessage());
    }

    @Test
    void transactionStoresOnOtherThreadAreRejected() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> stores.runInTransaction(tx -> {
                        Future<?> use = other.submit(
                                () -> tx.customers().insert(data.customer("C1")));
                        try {
                            use.get(10, TimeUnit.SECONDS);
                        } catch (java.util.concurrent.ExecutionException failure) {
                            throw (RuntimeException) failure.getCause();
                        } catch (Exception failure) {
                            throw new AssertionError(failure);
                        }
                    }));

            assertTrue(e.getMessage().contains("only on that thread"), e.getMessage());
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void instancesDoNotShareData() {
        stores.customers().insert(data.customer("C1"));

        assertTrue(InMemoryStores.create().customers().find(CustomerId.of("C1")).isEmpty());
    }

    @Test
    void gettersReturnSameStore() {
        assertEquals(stores.customers(), stores.customers());
        assertEquals(stores.reminderOutbox(), stores.reminderOutbox());
    }

    @Test
    void errorInWorkRollsBack() {
        assertThrows(AssertionError.class, () -> stores.runInTransaction(tx -> {
            tx.customers().insert(data.customer("C1"));
            throw new AssertionError("an Error, not an exception");
        }));

        assertTrue(stores.customers().find(CustomerId.of("C1")).isEmpty());
    }
}
