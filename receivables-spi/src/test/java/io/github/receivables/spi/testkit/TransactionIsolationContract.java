package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.OptimisticLockException;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link Stores#inTransaction} under concurrency: no dirty reads, no lost updates,
 * and one winner for a unique key. An implementation may make readers wait for a running
 * transaction or let them read the last committed state; both pass.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
public abstract class TransactionIsolationContract extends StoreContract {

    @Test
    void noDirtyReadAcrossThreads() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Versioned<Customer>>> read = reader.submit(() -> {
                written.await(10, TimeUnit.SECONDS);
                return stores.customers().find(CustomerId.of("C1"));
            });

            try {
                stores.runInTransaction(tx -> {
                    tx.customers().insert(data.customer("C1"));
                    written.countDown();
                    waitBriefly(read);
                    throw new IllegalStateException("roll back after the reader had a chance");
                });
            } catch (IllegalStateException expected) {
                // The rollback is the point of the test.
            }

            assertTrue(read.get(30, TimeUnit.SECONDS).isEmpty(),
                    "the reader saw a row that was never committed");
        } finally {
            reader.shutdownNow();
        }
    }

    private static void waitBriefly(Future<?> other) {
        try {
            other.get(300, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The reader waits for this transaction: allowed.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the reader failed", e.getCause());
        }
    }

    @Test
    void concurrentUpdatesLoseNothing() throws Exception {
        stores.customers().insert(data.customer("C1"));
        int perThread = 15;
        Callable<Integer> incrementer = () -> {
            int retries = 0;
            for (int i = 0; i < perThread; i++) {
                retries += incrementSegmentWithRetry();
            }
            return retries;
        };

        Concurrently.run(incrementer, incrementer, incrementer);

        Versioned<Customer> last = stores.customers().find(CustomerId.of("C1")).orElseThrow();
        assertEquals(1 + 3 * perThread, last.version());
        assertEquals("n" + 3 * perThread, last.value().segment());
    }

    /** Adds one to a counter kept in the segment, retrying on conflicts; returns the retries. */
    private int incrementSegmentWithRetry() {
        for (int attempt = 0; ; attempt++) {
            try {
                stores.runInTransaction(tx -> {
                    Versioned<Customer> row = tx.customers().find(CustomerId.of("C1"))
                            .orElseThrow();
                    String segment = row.value().segment();
                    int count = segment.startsWith("n") ? Integer.parseInt(segment.substring(1))
                            : 0;
                    tx.customers().update(withSegment(row.value(), "n" + (count + 1)),
                            row.version());
                });
                return attempt;
            } catch (OptimisticLockException e) {
                Thread.onSpinWait();
            } catch (ConflictException e) {
                // A serialization failure reported by a database: retry like a version conflict.
                Thread.onSpinWait();
            }
        }
    }

    private static Customer withSegment(Customer customer, String segment) {
        return new Customer(customer.id(), customer.name(), customer.taxId(), customer.regime(),
                customer.size(), customer.legalStatus(), customer.contacts(), customer.locale(),
                customer.zone(), customer.creditLimit(), segment);
    }

    @Test
    void racingInsertsHaveOneWinner() throws Exception {
        for (int round = 0; round < 20; round++) {
            String id = "C" + round;
            Callable<Boolean> insert = () -> {
                try {
                    stores.runInTransaction(tx -> tx.customers().insert(data.customer(id)));
                    return true;
                } catch (DuplicateKeyException e) {
                    return false;
                }
            };

            List<Boolean> won = Concurrently.run(insert, insert);

            assertEquals(1, won.stream().filter(b -> b).count(), "round " + round);
        }
    }
}
