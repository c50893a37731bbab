package io.github.receivables.examples.quickstart.reconcile;

import io.github.receivables.reconciliation.importing.DuplicateDetector;
import io.github.receivables.reconciliation.importing.StatementImport;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.spi.store.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Step 4 of the day, first part: records the statements of one file in the store and keeps only
 * the entries not imported before, so a statement imported twice changes nothing the second
 * time.
 */
public final class StatementIntake {

    private StatementIntake() {}

    /**
     * The new part of a file.
     *
     * @param statements the file's statements, each holding only the entries never imported
     *     before, in file order; never null
     * @param duplicates how many entries were imported by an earlier run and are left out
     */
    public record Intake(List<BankStatement> statements, int duplicates) {

        /**
         * Validates and copies the components.
         *
         * @throws NullPointerException if statements is null
         */
        public Intake {
            statements = List.copyOf(statements);
        }
    }

    /**
     * Records the statements and their entries in the statement import store, in one
     * transaction.
     *
     * @param stores the stores; never null
     * @param statements the statements of one file; never null
     * @param now the moment of the import; never null
     * @return the entries not imported before; never null
     * @throws io.github.receivables.spi.store.StoreException if the stores fail
     */
    public static Intake register(Stores stores, List<BankStatement> statements, Instant now) {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(now, "now");
        return stores.inTransaction(tx -> {
            List<BankStatement> fresh = new ArrayList<>();
            int duplicates = 0;
            for (BankStatement statement : statements) {
                String key = DuplicateDetector.statementKey(statement);
                tx.statementImports().recordStatement(
                        new io.github.receivables.spi.store.StatementImport(key, null, now,
                                statement.entries().size()));
                StatementImport outcome = new DuplicateDetector(new StoredSeenEntries(
                        tx.statementImports(), key)).register(statement);
                List<StatementEntry> added = outcome.newEntries();
                fresh.add(new BankStatement(statement.header(), added, statement.trailer(),
                        statement.warnings()));
                duplicates += statement.entries().size() - added.size();
            }
            return new Intake(fresh, duplicates);
        });
    }
}
