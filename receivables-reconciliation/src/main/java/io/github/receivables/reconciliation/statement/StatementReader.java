package io.github.receivables.reconciliation.statement;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one statement format. Implementations are thread-safe and hold no state between calls;
 * they never close the stream they are given.
 */
public interface StatementReader {

    /**
     * Returns the format this reader handles.
     *
     * @return the format; never null
     */
    StatementFormat format();

    /**
     * Reads every statement in the input and passes it to the handler, in constant memory.
     *
     * @param input the file content; not closed by this method
     * @param source a name for the input used in positions and messages, such as the file name
     * @param handler receives statements, entries and warnings in file order
     * @throws MalformedStatementException if the input breaks the format's syntax
     * @throws UnsupportedVersionException if the input is of a version this reader does not handle
     * @throws InvalidValueException if a field holds an invalid value
     * @throws LimitExceededException if the input exceeds the reader's limits
     */
    void read(InputStream input, String source, StatementHandler handler);

    /**
     * Reads every statement in the input into memory. Meant for files of ordinary size.
     *
     * @param input the file content; not closed by this method
     * @param source a name for the input used in positions and messages
     * @return the statements in file order; never null
     * @throws StatementException as {@link #read} does
     */
    default List<BankStatement> readAll(InputStream input, String source) {
        List<BankStatement> statements = new ArrayList<>();
        read(input, source, new StatementHandler() {
            private StatementHeader header;
            private List<StatementEntry> entries = new ArrayList<>();
            private List<ReaderWarning> warnings = new ArrayList<>();

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
                warnings.add(warning);
            }
        });
        return statements;
    }
}
