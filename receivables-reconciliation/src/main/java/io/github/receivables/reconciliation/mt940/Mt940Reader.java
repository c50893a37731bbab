package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementReader;
import io.github.receivables.reconciliation.text.LineSource;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;

/**
 * Reads SWIFT MT940 customer statements and MT942 interim transaction reports, line by line in
 * constant memory.
 *
 * <p>Accepts several statements per file, CRLF or LF line ends, SOH/ETX wrappers, SWIFT blocks
 * {@code {1:}{2:}{4: ... -}}, bank preamble lines and a leading {@code :940:} line. A statement is
 * reported as MT942 when it has a :34F: floor limit or :13D: date-time, or its block 2 names
 * message type 942. See {@link Mt940Options} for the character set and date handling.
 *
 * <p>Thread-safe: each call of {@link #read} uses its own state. A failure of the input stream is
 * thrown as {@link java.io.UncheckedIOException}.
 */
public final class Mt940Reader implements StatementReader {

    private final Mt940Options options;

    /** Creates a reader with {@link Mt940Options#DEFAULTS}. */
    public Mt940Reader() {
        this(Mt940Options.DEFAULTS);
    }

    /**
     * Creates a reader.
     *
     * @param options the settings; never null
     */
    public Mt940Reader(Mt940Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Returns {@link StatementFormat#MT940}; MT942 reports are read too and marked in their
     * headers.
     *
     * @return the format
     */
    @Override
    public StatementFormat format() {
        return StatementFormat.MT940;
    }

    /**
     * Returns MT940 and MT942, so that one registration with
     * {@link io.github.receivables.reconciliation.importing.StatementReaders} serves both.
     *
     * @return the two formats
     */
    @Override
    public Set<StatementFormat> formats() {
        return Set.of(StatementFormat.MT940, StatementFormat.MT942);
    }

    /**
     * Returns the limits of this reader's options, whose warning cap {@link #readAll} applies.
     *
     * @return the limits; never null
     */
    @Override
    public ReaderLimits limits() {
        return options.limits();
    }

    @Override
    public void read(InputStream input, String source, StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        LineSource lines = new LineSource(input, source, options.encoding(), options.limits());
        new Mt940Parser(lines, handler, options).run();
    }
}
