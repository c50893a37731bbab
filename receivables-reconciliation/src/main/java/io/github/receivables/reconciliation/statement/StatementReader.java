package io.github.receivables.reconciliation.statement;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

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
     * @throws java.io.UncheckedIOException if reading the input stream fails
     */
    void read(InputStream input, String source, StatementHandler handler);

    /**
     * Returns the formats this reader reads, so that {@code StatementReaders} can route each of
     * them to it. Returns {@link #format()} alone by default.
     *
     * @return the formats; never null or empty
     */
    default Set<StatementFormat> formats() {
        return Set.of(format());
    }

    /**
     * Returns the limits of this reader. {@link #readAll} uses {@link ReaderLimits#maxWarnings()}
     * from them. Returns {@link ReaderLimits#DEFAULTS} unless the reader overrides it.
     *
     * @return the limits; never null
     */
    default ReaderLimits limits() {
        return ReaderLimits.DEFAULTS;
    }

    /**
     * Reads every statement in the input into memory. Meant for files of ordinary size.
     *
     * <p>Each statement carries the warnings passed on since the previous statement ended. Warnings
     * that come after the last statement are added to the last statement. At most
     * {@link ReaderLimits#maxWarnings()} of {@link #limits()} warnings are kept. When there are
     * more, the last statement gets one more warning that gives the number dropped.
     *
     * @param input the file content; not closed by this method
     * @param source a name for the input used in positions and messages
     * @return the statements in file order; empty only when the reader found neither a statement
     *     nor a warning; never null
     * @throws MalformedStatementException if the reader passed on warnings but no statement, with
     *     the first warning in the message, or as {@link #read} throws it
     * @throws StatementException as {@link #read} throws it
     * @throws java.io.UncheckedIOException if reading the input stream fails
     */
    default List<BankStatement> readAll(InputStream input, String source) {
        StatementCollector collector = new StatementCollector(source, limits());
        read(input, source, collector);
        return collector.statements();
    }
}
