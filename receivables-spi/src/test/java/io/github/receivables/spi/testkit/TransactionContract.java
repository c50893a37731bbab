package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.LegalStatus;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.StatementImport;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.TransactionAbortedException;
import io.github.receivables.spi.store.Versioned;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link Stores#inTransaction}: commit, rollback across every store, rollback-only
 * after a caught store failure, and nesting. Concurrent transactions are in {@link
 * TransactionIsolationContract}.
 */
public abstract class TransactionContract extends StoreContract {

    @BeforeEach
    final void storeStartingData() {
        stores.customers().insert(data.customer("C1"));
        stores.documents().insert(data.document("D1", "C1"));
        stores.payments().insert(data.payment("P1", "C1", "camt:E1"));
    }

    /** Writes to every store; the tests roll this back or commit it. */
    private void writeToEveryStore(Stores tx) {
        tx.customers().insert(data.customer("C2"));
        Versioned<Document> document =
                tx.documents().find(DocumentId.of("D1")).orElseThrow();
        tx.documents().update(document.value().withStatus(CollectionStatus.ACTIVE),
                document.version());
        tx.allocations().insert(data.allocation("A1", "P1", "D1"));
        tx.reminderOutbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        tx.statementImports().recordStatement(new StatementImport("S1", null, TestData.NOW, 1));
        tx.statementImports().recordEntries("S1", List.of("e1"));
        tx.matchDecisions().insert(data.proposal("M1", TestData.NOW, "P1"));
    }

    private void assertNothingWritten() {
        assertTrue(stores.customers().find(CustomerId.of("C2")).isEmpty(), "customer");
        assertEquals(1, stores.documents().find(DocumentId.of("D1")).orElseThrow().version(),
                "document version");
        assertTrue(stores.allocations().find(AllocationId.of("A1")).isEmpty(), "allocation");
        assertTrue(stores.reminderOutbox().find("K1").isEmpty(), "outbox record");
        assertTrue(stores.statementImports().findStatement("S1").isEmpty(), "statement");
        assertTrue(stores.statementImports().findRecordedEntries(List.of("e1")).isEmpty(),
                "entry");
        assertTrue(stores.matchDecisions().find(
                MatchDecisionId.of("M1")).isEmpty(), "decision");
    }

    @Test
    void commitMakesEveryWriteVisible() {
        String result = stores.inTransaction(tx -> {
            writeToEveryStore(tx);
            return "done";
        });

        assertEquals("done", result);
        assertTrue(stores.customers().find(CustomerId.of("C2")).isPresent());
        assertEquals(2, stores.documents().find(DocumentId.of("D1")).orElseThrow().version());
        assertTrue(stores.allocations().find(AllocationId.of("A1")).isPresent());
        assertTrue(stores.reminderOutbox().find("K1").isPresent());
        assertEquals("S1", stores.statementImports().findRecordedEntries(List.of("e1")).get("e1"));
    }

    @Test
    void exceptionRollsBackEveryStore() {
        IllegalStateException failure = new IllegalStateException("planned failure");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> stores.runInTransaction(tx -> {
                    writeToEveryStore(tx);
                    throw failure;
                }));

        assertSame(failure, thrown);
        assertNothingWritten();
    }

    @Test
    void uncaughtStoreFailureRollsBack() {
        assertThrows(DuplicateKeyException.class, () -> stores.runInTransaction(tx -> {
            writeToEveryStore(tx);
            tx.customers().insert(data.customer("C1"));
        }));

        assertNothingWritten();
    }

    @Test
    void caughtStoreFailureAbortsTransaction() {
        TransactionAbortedException aborted = assertThrows(TransactionAbortedException.class,
                () -> stores.runInTransaction(tx -> {
                    writeToEveryStore(tx);
                    try {
                        tx.customers().insert(data.customer("C1"));
                    } catch (DuplicateKeyException expected) {
                        // The work goes on as if nothing happened; the runner must not commit.
                    }
                }));

        assertTrue(aborted.getCause() instanceof DuplicateKeyException);
        assertNothingWritten();
    }

    @Test
    void presentKeyKeepsTransactionUsable() {
        stores.reminderOutbox().insertIfAbsent(data.outboxEntry("K0", "C1"));

        stores.runInTransaction(tx -> {
            tx.reminderOutbox().insertIfAbsent(data.outboxEntry("K0", "C1"));
            tx.customers().insert(data.customer("C2"));
        });

        assertTrue(stores.customers().find(CustomerId.of("C2")).isPresent());
    }

    @Test
    void workSeesItsOwnWrites() {
        boolean seen = stores.inTransaction(tx -> {
            tx.customers().insert(data.customer("C2"));
            return tx.customers().find(CustomerId.of("C2")).isPresent();
        });

        assertTrue(seen);
    }

    @Test
    void nestedTransactionJoinsOuter() {
        assertThrows(IllegalStateException.class, () -> stores.runInTransaction(tx -> {
            tx.runInTransaction(inner -> inner.customers().insert(data.customer("C2")));
            assertTrue(tx.customers().find(CustomerId.of("C2")).isPresent());
            throw new IllegalStateException("outer fails after inner returned");
        }));

        assertTrue(stores.customers().find(CustomerId.of("C2")).isEmpty());
    }

    @Test
    void caughtNestedFailureAborts() {
        assertThrows(TransactionAbortedException.class, () -> stores.runInTransaction(tx -> {
            tx.customers().insert(data.customer("C2"));
            try {
                tx.runInTransaction(inner -> {
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                // The outer work carries on; the whole transaction must still roll back.
            }
        }));

        assertTrue(stores.customers().find(CustomerId.of("C2")).isEmpty());
    }

    @Test
    void storesWorkNormallyAfterRollback() {
        assertThrows(IllegalStateException.class, () -> stores.runInTransaction(tx -> {
            tx.customers().insert(data.customer("C2"));
            throw new IllegalStateException("planned failure");
        }));

        stores.customers().insert(data.customer("C2"));
        Versioned<Customer> customer =
                stores.customers().find(CustomerId.of("C2")).orElseThrow();
        stores.customers().update(customer.value().withLegalStatus(LegalStatus.SUED), 1);

        assertEquals(2, stores.customers().find(CustomerId.of("C2")).orElseThrow().version());
    }
}
