package io.github.receivables.reconciliation.camt;

import io.github.receivables.reconciliation.camt.internal.CamtParser;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementReader;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads ISO 20022 bank-to-customer cash management messages: camt.053 statements, camt.052
 * account reports and camt.054 debit/credit notifications, versions 02 to 13. The message type
 * and version come from the root element's namespace, so one reader serves all of them; each
 * {@link io.github.receivables.reconciliation.statement.StatementHeader} carries the format found.
 *
 * <p>The reader streams with StAX in memory independent of the file size. It rejects DOCTYPE
 * declarations and never resolves entities or external resources, and it enforces its
 * {@link ReaderLimits} while reading. Batch entries are split into one
 * {@link io.github.receivables.reconciliation.statement.TransactionDetails} per transaction,
 * reversals ({@code RvslInd}) and pending entries ({@code PDNG}) keep their marks, and batch
 * totals and balances are checked and reported, never corrected. The mapping of every field is
 * listed in {@code docs/formats-camt.md}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * List<BankStatement> statements = CamtReader.create().readAll(in, "camt053.xml");
 * }</pre>
 */
public final class CamtReader implements StatementReader {

    private static final Logger LOG = LoggerFactory.getLogger(CamtReader.class);

    private final ReaderLimits limits;
    private final CamtParser parser;

    private CamtReader(ReaderLimits limits) {
        this.limits = limits;
        this.parser = new CamtParser(limits);
    }

    /**
     * Creates a reader with {@link ReaderLimits#DEFAULTS}.
     *
     * @return the reader; never null
     */
    public static CamtReader create() {
        return new CamtReader(ReaderLimits.DEFAULTS);
    }

    /**
     * Returns a reader with other limits.
     *
     * @param newLimits the limits to enforce; never null
     * @return a new reader; this one is unchanged
     * @throws NullPointerException if newLimits is null
     */
    public CamtReader withLimits(ReaderLimits newLimits) {
        return new CamtReader(Objects.requireNonNull(newLimits, "newLimits"));
    }

    /**
     * Returns the limits this reader enforces.
     *
     * @return the limits; never null
     */
    @Override
    public ReaderLimits limits() {
        return limits;
    }

    /**
     * Returns {@link StatementFormat#CAMT_053}, the main format of the family. The reader also
     * reads camt.052 and camt.054; the header of each statement names the format actually read.
     *
     * @return {@link StatementFormat#CAMT_053}
     */
    @Override
    public StatementFormat format() {
        return StatementFormat.CAMT_053;
    }

    /**
     * Returns camt.052, camt.053 and camt.054, the messages this reader reads.
     *
     * @return the three camt formats
     */
    @Override
    public Set<StatementFormat> formats() {
        return Set.of(StatementFormat.CAMT_052, StatementFormat.CAMT_053, StatementFormat.CAMT_054);
    }

    /**
     * Reads every statement, report or notification of a camt message.
     *
     * @param input the XML document; not closed by this method
     * @param source a name for the input used in positions and messages; never null
     * @param handler receives statements, entries and warnings in file order; never null
     * @throws io.github.receivables.reconciliation.statement.MalformedStatementException if the
     *     file is empty or only whitespace, the XML is not well-formed, is truncated, contains
     *     a DOCTYPE, is not in its declared encoding, or lacks a mandatory element. A byte that
     *     is not UTF-8 is named with its line, column and element path.
     * @throws io.github.receivables.reconciliation.statement.UnsupportedVersionException if the
     *     namespace is not camt.052, camt.053 or camt.054 version 02 to 13
     * @throws io.github.receivables.reconciliation.statement.InvalidValueException if an amount,
     *     currency, date, code or indicator is invalid
     * @throws io.github.receivables.reconciliation.statement.LimitExceededException if the
     *     input exceeds one of the reader's limits
     * @throws java.io.UncheckedIOException if reading the input stream fails
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void read(InputStream input, String source, StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(handler, "handler");
        LOG.debug("reading camt input {}", source);
        parser.parse(input, source, handler);
        LOG.debug("finished camt input {}", source);
    }
}
