package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.StatementImport;
import io.github.receivables.spi.store.StatementImportStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link StatementImportStore} over the {@code statement_imports} and {@code statement_entries}
 * tables. Each entry id is its table's primary key, so of two importers racing on an entry, one
 * inserts it and the other finds it taken.
 */
final class JdbcStatementImportStore implements StatementImportStore {

    private final StoreContext context;
    private final Access access;
    private final String insertStatement;
    private final String selectStatement;
    private final String insertEntry;
    private final String selectEntriesIn;

    JdbcStatementImportStore(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        this.insertStatement = context.sql("INSERT INTO {statement_imports} (statement_key,"
                + " file_digest, imported_at, entry_count, written_at) VALUES (?, ?, ?, ?, ?)");
        this.selectStatement = context.sql("SELECT statement_key, file_digest, imported_at,"
                + " entry_count FROM {statement_imports} WHERE statement_key = ?");
        this.insertEntry = context.sql("INSERT INTO {statement_entries} (entry_id,"
                + " statement_key, written_at) VALUES (?, ?, ?)");
        this.selectEntriesIn = context.sql("SELECT entry_id, statement_key"
                + " FROM {statement_entries} WHERE entry_id IN (");
    }

    @Override
    public InsertResult<StatementImport> recordStatement(StatementImport statement) {
        Objects.requireNonNull(statement, "statement");
        return access.run("statement_imports.recordStatement", connection -> {
            if (context.dialect.insertIfAbsent(connection, insertStatement,
                    Sql.params(statement.statementKey(), statement.fileDigest(),
                            statement.importedAt(), statement.entryCount(), context.now()))) {
                return new InsertResult.Inserted<>(statement);
            }
            StatementImport present = find(connection, statement.statementKey()).orElseThrow(
                    () -> new JdbcStoreException("statement " + statement.statementKey()
                            + " was reported present but is not stored; statements are never"
                            + " deleted by the store, so another program deleted it", null));
            return new InsertResult.AlreadyPresent<>(present);
        });
    }

    @Override
    public Optional<StatementImport> findStatement(String statementKey) {
        Objects.requireNonNull(statementKey, "statementKey");
        return access.run("statement_imports.findStatement",
                connection -> find(connection, statementKey));
    }

    private Optional<StatementImport> find(Connection connection, String statementKey)
            throws SQLException {
        return Sql.queryOne(connection, selectStatement, JdbcStatementImportStore::map,
                List.of(statementKey));
    }

    @Override
    public Set<String> recordEntries(String statementKey, Collection<String> entryIds) {
        Objects.requireNonNull(statementKey, "statementKey");
        List<String> copy = List.copyOf(entryIds);
        copy.forEach(id -> StatementImport.requireKey("entry id", id));
        return access.run("statement_imports.recordEntries", connection -> {
            if (find(connection, statementKey).isEmpty()) {
                throw new NotFoundException("statement " + statementKey
                        + " is not recorded: record the statement before its entries");
            }
            Set<String> recorded = new LinkedHashSet<>();
            for (String entryId : new LinkedHashSet<>(copy)) {
                if (context.dialect.insertIfAbsent(connection, insertEntry,
                        Sql.params(entryId, statementKey, context.now()))) {
                    recorded.add(entryId);
                }
            }
            return recorded;
        });
    }

    @Override
    public Map<String, String> findRecordedEntries(Collection<String> entryIds) {
        List<String> keys = entryIds.stream().distinct().toList();
        return access.run("statement_imports.findRecordedEntries", connection -> {
            Map<String, String> byEntry = new LinkedHashMap<>();
            for (int from = 0; from < keys.size(); from += Rows.IN_LIST_SIZE) {
                List<String> chunk = keys.subList(from,
                        Math.min(keys.size(), from + Rows.IN_LIST_SIZE));
                String sql = selectEntriesIn + Sql.markers(chunk.size()) + ")";
                for (String[] pair : Sql.queryList(connection, sql,
                        row -> new String[] {row.getString(1), row.getString(2)}, chunk)) {
                    byEntry.put(pair[0], pair[1]);
                }
            }
            Map<String, String> found = new LinkedHashMap<>();
            for (String key : keys) {
                if (byEntry.containsKey(key)) {
                    found.put(key, byEntry.get(key));
                }
            }
            return found;
        });
    }

    private static StatementImport map(ResultSet row) throws SQLException {
        String digest = row.getString("file_digest");
        return new StatementImport(row.getString("statement_key"), digest,
                Sql.instant(row, "imported_at"), row.getInt("entry_count"));
    }
}
