package io.github.receivables.reconciliation.importing;

import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHeader;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of importing one statement: which entries are new and which were imported before.
 * Entries keep their file order within each list.
 */
public sealed interface StatementImport {

    /**
     * Returns the statement's header.
     *
     * @return the header; never null
     */
    StatementHeader header();

    /**
     * Returns the key that identifies the statement as a whole.
     *
     * @return a hexadecimal key; never null
     */
    String statementKey();

    /**
     * Returns the entries not imported before.
     *
     * @return the new entries; never null
     */
    List<StatementEntry> newEntries();

    /**
     * Returns the entries imported before, by an earlier import of this or an overlapping
     * statement.
     *
     * @return the duplicate entries; never null
     */
    List<StatementEntry> duplicateEntries();

    /**
     * Every entry is new (or the statement has no entries and was not seen before).
     *
     * @param header the header
     * @param statementKey the statement key
     * @param newEntries the entries, all new
     */
    record New(StatementHeader header, String statementKey, List<StatementEntry> newEntries)
            implements StatementImport {

        /** Validates and copies the components. */
        public New {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(statementKey, "statementKey");
            newEntries = List.copyOf(newEntries);
        }

        @Override
        public List<StatementEntry> duplicateEntries() {
            return List.of();
        }
    }

    /**
     * The same statement was imported before: every entry is a duplicate (or, for a statement
     * without entries, its key was seen before).
     *
     * @param header the header
     * @param statementKey the statement key
     * @param duplicateEntries the entries, all imported before
     */
    record AlreadyImported(
            StatementHeader header, String statementKey, List<StatementEntry> duplicateEntries)
            implements StatementImport {

        /** Validates and copies the components. */
        public AlreadyImported {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(statementKey, "statementKey");
            duplicateEntries = List.copyOf(duplicateEntries);
        }

        @Override
        public List<StatementEntry> newEntries() {
            return List.of();
        }
    }

    /**
     * The statement overlaps one imported before: some entries are new, some are duplicates.
     *
     * @param header the header
     * @param statementKey the statement key
     * @param newEntries the entries not imported before
     * @param duplicateEntries the entries imported before
     */
    record Overlapping(
            StatementHeader header,
            String statementKey,
            List<StatementEntry> newEntries,
            List<StatementEntry> duplicateEntries)
            implements StatementImport {

        /** Validates and copies the components. */
        public Overlapping {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(statementKey, "statementKey");
            newEntries = List.copyOf(newEntries);
            duplicateEntries = List.copyOf(duplicateEntries);
        }
    }
}
