package io.github.receivables.examples.quickstart.reconcile;

import io.github.receivables.reconciliation.importing.DuplicateDetector;
import io.github.receivables.reconciliation.importing.StatementImport;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.spi.store.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the statements of one file in the store and returns the entries not imported before,
 * so a statement imported twice changes nothing the second time.
 */
final class StatementIntake {

    private StatementIntake() {}

    /**
     * The new entries of a file.
     *
     * @param entries the entries never imported before, in file order; never null
     * @param duplicates how many entries were imported before
     */
    record Intake(List<StatementEntry> entries, int duplicates) {}

    static Intake register(Stores stores, List<BankStatement> statements, Instant now) {
        return stores.inTransaction(tx -> {
            List<StatementEntry> fresh = new ArrayList<>();
            int duplicates = 0;
            for (BankStatement statement : statements) {
                String key = DuplicateDetector.statementKey(statement);
                tx.statementImports().recordStatement(
                        new io.github.receivables.spi.store.StatementImport(key, null, now,
                                statement.entries().size()));
                StatementImport outcome = new DuplicateDetector(new StoredSeenEntries(
                        tx.statementImports(), key)).register(statement);
                List<StatementEntry> added = outcome.newEntries();
                fresh.addAll(added);
                duplicates += statement.entries().size() - added.size();
            }
            return new Intake(fresh, duplicates);
        });
    }
}
