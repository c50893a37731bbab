package io.github.receivables.reconciliation.importing;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A {@link SeenEntryStore} in memory, for tests and single-process use. Thread-safe: every method
 * holds the instance lock, which makes {@link #recordNew} atomic.
 */
public final class InMemorySeenEntryStore implements SeenEntryStore {

    private final Set<String> ids = new HashSet<>();

    /** Creates an empty store. */
    public InMemorySeenEntryStore() {}

    @Override
    public synchronized Set<String> recordNew(Collection<String> candidates) {
        Set<String> added = new LinkedHashSet<>();
        for (String id : candidates) {
            if (ids.add(id)) {
                added.add(id);
            }
        }
        return added;
    }

    @Override
    public synchronized Set<String> seen(Collection<String> candidates) {
        Set<String> found = new LinkedHashSet<>();
        for (String id : candidates) {
            if (ids.contains(id)) {
                found.add(id);
            }
        }
        return found;
    }

    /**
     * Returns how many ids are recorded.
     *
     * @return the count
     */
    public synchronized int size() {
        return ids.size();
    }
}
