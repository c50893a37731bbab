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

    /** Creates a view. A null statement key makes {@link #recordNew} throw. */
    private StoredSeenEntries(StatementImportStore store, String statementKey) {
        this.store = Objects.requireNonNull(store, "store");
        this.statementKey = statementKey;
    }

    /** Returns a view that records new ids under the statement's key. */
    static StoredSeenEntries forStatement(StatementImportStore store, String statementKey) {
        return new StoredSeenEntries(store, Objects.requireNonNull(statementKey, "statementKey"));
    }

    /** Returns a view that only looks ids up, and whose {@link #recordNew} throws. */
    static StoredSeenEntries lookupOnly(StatementImportStore store) {
        return new StoredSeenEntries(store, null);
    }

    @Override
    public Set<String> recordNew(Collection<String> ids) {
        if (statementKey == null) {
            throw new IllegalStateException("this view of the statement import store only looks"
                    + " entry ids up; record them under a statement key");
        }
        return store.recordEntries(statementKey, ids);
    }

    @Override
    public Set<String> seen(Collection<String> ids) {
        return store.findRecordedEntries(ids).keySet();
    }
}
