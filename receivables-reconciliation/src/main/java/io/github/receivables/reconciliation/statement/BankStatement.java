package io.github.receivables.reconciliation.statement;

import java.util.List;
import java.util.Objects;

/**
 * A whole statement held in memory, for files small enough to collect. Large files should be read
 * through a {@link StatementHandler} instead.
 *
 * @param header what the statement says before its entries; never null
 * @param entries the entries in file order; never null
 * @param trailer closing balances and the balance check; never null
 * @param warnings departures from the standard the reader accepted; never null
 */
public record BankStatement(
        StatementHeader header,
        List<StatementEntry> entries,
        StatementTrailer trailer,
        List<ReaderWarning> warnings) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if any component is null
     */
    public BankStatement {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(trailer, "trailer");
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }
}
