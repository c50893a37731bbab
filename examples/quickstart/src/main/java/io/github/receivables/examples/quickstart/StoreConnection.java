package io.github.receivables.examples.quickstart;

import io.github.receivables.spi.memory.InMemoryStores;
import io.github.receivables.spi.store.Stores;

/** The store of a run, opened from a JDBC URL. */
final class StoreConnection implements AutoCloseable {

    /** The default store: an embedded H2 database in ./quickstart-data. */
    static final String DEFAULT_URL = "jdbc:h2:file:./quickstart-data/receivables";

    private final Stores stores;
    private final String url;

    private StoreConnection(Stores stores, String url) {
        this.stores = stores;
        this.url = url;
    }

    static StoreConnection open(String url, boolean reset) {
        return new StoreConnection(InMemoryStores.create(), url);
    }

    Stores stores() {
        return stores;
    }

    String description() {
        return url;
    }

    @Override
    public void close() {
        // Nothing to release for the in-memory store.
    }
}
