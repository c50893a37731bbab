package io.github.receivables.spi.store;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which bank statements and statement entries were imported, to detect a statement imported
 * twice and an entry that appears again in an overlapping statement. Entry ids are the stable ids
 * the statement readers give entries, which already include the account. Each id is recorded
 * once, with the statement that first brought it.
 *
 * <ul>
 *   <li>Idempotency: both record methods are insert-if-absent and safe to repeat; of two
 *       importers racing on one statement or entry, exactly one records it.
 *   <li>Integrity: entries are recorded under a statement that is stored.
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link StoreUnavailableException}; the others are named
 *       per method. A failed operation writes nothing.
 * </ul>
 */
public interface StatementImportStore {

    /**
     * Records a statement unless its key is stored.
     *
     * @param statement the statement; never null
     * @return the new record, or the one already stored under the key; never null
     */
    InsertResult<StatementImport> recordStatement(StatementImport statement);

    /**
     * Finds a statement by key.
     *
     * @param statementKey the key; never null
     * @return the record, or empty if none
     */
    Optional<StatementImport> findStatement(String statementKey);

    /**
     * Records entry ids under a statement, skipping those already recorded under any statement.
     *
     * @param statementKey the statement that brings the entries; never null
     * @param entryIds the entry ids, each 1 to {@link StatementImport#MAX_KEY_LENGTH} characters;
     *     never null, repeats allowed
     * @return the ids this call recorded, which were not recorded before; never null
     * @throws NotFoundException if the statement is not stored
     */
    Set<String> recordEntries(String statementKey, Collection<String> entryIds);

    /**
     * Finds which entry ids were already recorded, and under which statement.
     *
     * @param entryIds the entry ids to look up; never null
     * @return the recorded ids among them, each mapped to the key of the statement that recorded
     *     it; never null
     */
    Map<String, String> findRecordedEntries(Collection<String> entryIds);
}
