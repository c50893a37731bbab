package io.github.receivables.reconciliation.importing;

import java.util.Collection;
import java.util.Set;

/**
 * Remembers the ids of statement entries (and statement keys) already imported, so that the same
 * entry is never imported twice. Ids come from
 * {@link io.github.receivables.reconciliation.statement.EntryIdentities} and are opaque strings.
 *
 * <p>Implementations must be thread-safe, and {@link #recordNew} must be atomic: when several
 * callers record overlapping ids at the same time, each id is returned as new to exactly one of
 * them. A store backed by a database should record ids in the same transaction that stores the
 * imported entries, so that a failed import leaves no id behind.
 */
public interface SeenEntryStore {

    /**
     * Records the ids that were not recorded before and returns exactly those.
     *
     * @param ids the ids to record; never null, may contain repeats
     * @return the ids newly recorded by this call; never null
     */
    Set<String> recordNew(Collection<String> ids);

    /**
     * Returns which of the ids were recorded before, without recording anything.
     *
     * @param ids the ids to look up; never null
     * @return the ids already recorded; never null
     */
    Set<String> seen(Collection<String> ids);
}
