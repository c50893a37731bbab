package io.github.receivables.reconciliation.importing;

import java.util.List;

/**
 * The outcome of importing the statements of one file, one {@link StatementImport} per statement
 * in file order.
 *
 * @param statements the per-statement outcomes; never null
 */
public record ImportReport(List<StatementImport> statements) {

    /** Copies the list. */
    public ImportReport {
        statements = List.copyOf(statements);
    }

    /**
     * Counts the new entries of every statement.
     *
     * @return the number of entries to import
     */
    public int newEntryCount() {
        return statements.stream().mapToInt(s -> s.newEntries().size()).sum();
    }

    /**
     * Counts the duplicate entries of every statement.
     *
     * @return the number of entries imported before
     */
    public int duplicateEntryCount() {
        return statements.stream().mapToInt(s -> s.duplicateEntries().size()).sum();
    }

    /**
     * Tells whether every statement of the file was imported before.
     *
     * @return true when each statement is {@link StatementImport.AlreadyImported}
     */
    public boolean alreadyImported() {
        return !statements.isEmpty()
                && statements.stream().allMatch(StatementImport.AlreadyImported.class::isInstance);
    }
}
