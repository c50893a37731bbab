package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementReader;
import io.github.receivables.reconciliation.text.LineSource;
import io.github.receivables.reconciliation.text.TextEncoding;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads BAI2 cash management balance reporting files, record by record in constant memory. Each
 * 03 account record starts one statement; its 16 records are the entries and its 49 trailer ends
 * it. Account, group and file control totals and record counts are checked.
 *
 * <p>Amounts are written in minor units without a decimal point; the reader scales them by the
 * currency of the 03 record, else of the 02 group, else {@link Bai2Options#defaultCurrency()}.
 * Text is read as UTF-8 when valid, else as ISO-8859-1.
 *
 * <p>Thread-safe: each call of {@link #read} uses its own state. A failure of the input stream is
 * thrown as {@link java.io.UncheckedIOException}.
 */
public final class Bai2Reader implements StatementReader {

    private final Bai2Options options;

    /** Creates a reader with {@link Bai2Options#DEFAULTS}. */
    public Bai2Reader() {
        this(Bai2Options.DEFAULTS);
    }

    /**
     * Creates a reader.
     *
     * @param options the settings; never null
     */
    public Bai2Reader(Bai2Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Returns {@link StatementFormat#BAI2}.
     *
     * @return the format
     */
    @Override
    public StatementFormat format() {
        return StatementFormat.BAI2;
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

    /**
     * Reads a BAI2 file and passes each 03 account to the handler as one statement.
     *
     * @throws io.github.receivables.reconciliation.statement.MalformedStatementException also
     *     when the first record is not a 01 file header, an 88 continuation included, with the
     *     line of that record
     */
    @Override
    public void read(InputStream input, String source, StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        LineSource lines = new LineSource(input, source,
                TextEncoding.detect(StandardCharsets.ISO_8859_1), options.limits());
        new Bai2Parser(lines, handler, options).run();
    }
}
