package io.github.receivables.spi.testkit;

import io.github.receivables.spi.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the store contracts: creates fresh stores before each test and hands them to a cleanup
 * hook after it. An adapter's test extends one of the {@code *Contract} subclasses and
 * implements {@link #createStores()}.
 */
public abstract class StoreContract {

    /** The stores under test, fresh for each test. */
    protected Stores stores;

    /** Ids, values and instants for the tests. */
    protected final TestData data = new TestData();

    /**
     * Creates the stores under test. They must be empty: paging tests count every row.
     *
     * @return empty stores; never null
     */
    protected abstract Stores createStores();

    /**
     * Releases what {@link #createStores()} set up, such as dropping a schema or closing a pool.
     * Does nothing by default.
     *
     * @param used the stores of the test that just ended
     */
    protected void cleanUp(Stores used) {
        // Nothing to release by default.
    }

    @BeforeEach
    final void createStoresForTest() {
        stores = createStores();
    }

    @AfterEach
    final void cleanUpStoresAfterTest() {
        cleanUp(stores);
    }
}
