package io.github.receivables.examples.quickstart.reconcile;

import io.github.receivables.reconciliation.importing.DuplicateDetector;
import io.github.receivables.reconciliation.importing.ImportReport;
import io.github.receivables.reconciliation.importing.StatementImport;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.spi.store.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Import bookkeeping for step 4 of the day. It finds the entries of a file not imported before,
 * and later records them as imported. {@link StatementReconciliation} records them only after
 * their lines are decided, so an entry counts as imported only once its decision is stored.
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
     * Finds the entries not recorded as imported, without recording anything. An entry id that
     * appears twice in the file counts as new once.
     *
     * @param stores the stores; never null
     * @param statements the statements of one file; never null
     * @return the entries not imported before; never null
     * @throws io.github.receivables.spi.store.StoreException if the stores fail
     */
    public static Intake check(Stores stores, List<BankStatement> statements) {
        Objects.requireNonNull(statements, "statements");
        ImportReport report = stores.inTransaction(tx -> new DuplicateDetector(
                StoredSeenEntries.lookupOnly(tx.statementImports())).check(statements));
        List<BankStatement> fresh = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            BankStatement statement = statements.get(i);
            StatementImport outcome = report.statements().get(i);
            fresh.add(new BankStatement(statement.header(), outcome.newEntries(),
                    statement.trailer(), statement.warnings()));
        }
        return new Intake(fresh, report.duplicateEntryCount());
    }

    /**
     * Records the statements and their entries as imported, in the caller's transaction. Ids
     * recorded before are left as they are.
     *
     * @param tx the stores of an open transaction; never null
     * @param statements the statements of one file; never null
     * @param now the moment of the import; never null
     * @throws io.github.receivables.spi.store.StoreException if the stores fail
     */
    public static void record(Stores tx, List<BankStatement> statements, Instant now) {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(now, "now");
        for (BankStatement statement : statements) {
            String key = DuplicateDetector.statementKey(statement);
            tx.statementImports().recordStatement(
                    new io.github.receivables.spi.store.StatementImport(key, null, now,
                            statement.entries().size()));
            new DuplicateDetector(StoredSeenEntries.forStatement(tx.statementImports(), key))
                    .register(statement);
        }
    }
}
