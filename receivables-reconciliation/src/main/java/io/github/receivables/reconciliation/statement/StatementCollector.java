package io.github.receivables.reconciliation.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a reader passes on into {@link BankStatement}s for {@link StatementReader#readAll}.
 * Keeps at most {@link ReaderLimits#maxWarnings()} warnings and counts the rest. Not thread-safe.
 */
final class StatementCollector implements StatementHandler {

    private final String source;
    private final int maxWarnings;
    private final List<BankStatement> statements = new ArrayList<>();
    private StatementHeader header;
    private List<StatementEntry> entries = new ArrayList<>();
    private List<ReaderWarning> warnings = new ArrayList<>();
    private long warningCount;
    private ReaderWarning firstDropped;

    StatementCollector(String source, ReaderLimits limits) {
        this.source = source;
        this.maxWarnings = limits.maxWarnings();
    }

    @Override
    public void startStatement(StatementHeader next) {
        header = next;
        entries = new ArrayList<>();
    }

    @Override
    public void entry(StatementEntry entry) {
        entries.add(entry);
    }

    @Override
    public void endStatement(StatementTrailer trailer) {
        statements.add(new BankStatement(header, entries, trailer, warnings));
        warnings = new ArrayList<>();
    }

    @Override
    public void warning(ReaderWarning warning) {
        warningCount++;
        if (warningCount <= maxWarnings) {
            warnings.add(warning);
        } else if (firstDropped == null) {
            firstDropped = warning;
        }
    }

    /**
     * Returns the statements, with the warnings that came after the last statement added to it.
     *
     * @throws MalformedStatementException if the reader passed on warnings but no statement
     */
    List<BankStatement> statements() {
        if (firstDropped != null) {
            long dropped = warningCount - maxWarnings;
            warnings.add(new ReaderWarning(firstDropped.position(), dropped + " more warnings"
                    + " from here on were counted but not kept, because the file has more than"
                    + " maxWarnings = " + maxWarnings + " warnings; raise ReaderLimits.maxWarnings"
                    + " to keep them"));
        }
        if (warnings.isEmpty()) {
            return List.copyOf(statements);
        }
        if (statements.isEmpty()) {
            ReaderWarning first = warnings.get(0);
            throw new MalformedStatementException(new SourcePosition(source, 0, 0, ""),
                    "no statement found, and the reader reported " + warningCount + " warnings;"
                    + " the first: " + first.position().describe() + ": " + first.message()
                    + ". Check that the file is a statement of the expected format.");
        }
        BankStatement last = statements.remove(statements.size() - 1);
        List<ReaderWarning> merged = new ArrayList<>(last.warnings());
        merged.addAll(warnings);
        statements.add(new BankStatement(last.header(), last.entries(), last.trailer(), merged));
        return List.copyOf(statements);
    }
}
