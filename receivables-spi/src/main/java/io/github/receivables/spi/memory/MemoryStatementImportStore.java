package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.StatementImport;
import io.github.receivables.spi.store.StatementImportStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link StatementImportStore} over the in-memory tables. */
final class MemoryStatementImportStore implements StatementImportStore {

    private final MemoryDatabase db;
    private final Access access;

    MemoryStatementImportStore(MemoryDatabase db, Access access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public InsertResult<StatementImport> recordStatement(StatementImport statement) {
        Objects.requireNonNull(statement, "statement");
        return access.write(undo -> {
            StatementImport existing = db.statements.get(statement.statementKey());
            if (existing != null) {
                return new InsertResult.AlreadyPresent<>(existing);
            }
            db.statements.put(statement.statementKey(), statement, undo);
            return new InsertResult.Inserted<>(statement);
        });
    }

    @Override
    public Optional<StatementImport> findStatement(String statementKey) {
        Objects.requireNonNull(statementKey, "statementKey");
        return access.read(() -> Optional.ofNullable(db.statements.get(statementKey)));
    }

    @Override
    public Set<String> recordEntries(String statementKey, Collection<String> entryIds) {
        Objects.requireNonNull(statementKey, "statementKey");
        List<String> copy = List.copyOf(entryIds);
        copy.forEach(id -> StatementImport.requireKey("entry id", id));
        return access.write(undo -> {
            if (!db.statements.contains(statementKey)) {
                throw new NotFoundException("statement " + statementKey
                        + " is not recorded: record the statement before its entries");
            }
            Set<String> recorded = new LinkedHashSet<>();
            for (String entryId : copy) {
                if (!db.statementEntries.contains(entryId)) {
                    db.statementEntries.put(entryId, statementKey, undo);
                    recorded.add(entryId);
                }
            }
            return recorded;
        });
    }

    @Override
    public Map<String, String> findRecordedEntries(Collection<String> entryIds) {
        List<String> copy = List.copyOf(entryIds);
        return access.read(() -> {
            Map<String, String> found = new LinkedHashMap<>();
            for (String entryId : copy) {
                String statementKey = db.statementEntries.get(entryId);
                if (statementKey != null) {
                    found.put(entryId, statementKey);
                }
            }
            return found;
        });
    }
}
