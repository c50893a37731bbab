package io.github.receivables.examples.quickstart.reconcile;

import io.github.receivables.reconciliation.importing.SeenEntryStore;
import io.github.receivables.spi.store.StatementImportStore;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Lets the SDK's duplicate detector remember entry ids in the durable statement import store,
 * under one statement, so a statement imported again in a later run is recognized.
 */
final class StoredSeenEntries implements SeenEntryStore {

    private final StatementImportStore store;
    private final String statementKey;

    StoredSeenEntries(StatementImportStore store, String statementKey) {
        this.store = Objects.requireNonNull(store, "store");
        this.statementKey = Objects.requireNonNull(statementKey, "statementKey");
    }

    @Override
    public Set<String> recordNew(Collection<String> ids) {
        return store.recordEntries(statementKey, ids);
    }

    @Override
    public Set<String> seen(Collection<String> ids) {
        return store.findRecordedEntries(ids).keySet();
    }
}
