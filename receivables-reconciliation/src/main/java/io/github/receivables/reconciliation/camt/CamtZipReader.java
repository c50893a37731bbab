package io.github.receivables.reconciliation.camt;

import io.github.receivables.reconciliation.archive.ZipArchiveReader;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementReader;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a ZIP archive of camt documents entry by entry, as some banks deliver a day's statements.
 * Every entry whose name ends in {@code .xml} is read with a {@link CamtReader}; directories are
 * passed over and other entries, nested archives included, are skipped with a warning. An
 * archive that yields no statement is an error. Nothing is written to disk.
 *
 * <p>Against hostile archives the reader counts entries and expanded bytes ({@link ZipLimits})
 * and rejects entry names that could escape a target folder ({@code ..} segments, absolute
 * paths, a leading drive letter such as {@code C:}). Entry names without the ZIP UTF-8 flag are
 * read as IBM437, as the ZIP specification defines. Statement sources are named
 * {@code archive!/entry}. Immutable and thread-safe.
 */
public final class CamtZipReader implements StatementReader {

    private final CamtReader reader;
    private final ZipLimits limits;

    private CamtZipReader(CamtReader reader, ZipLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    /**
     * Creates a reader with default camt and archive limits.
     *
     * @return the reader; never null
     */
    public static CamtZipReader create() {
        return new CamtZipReader(CamtReader.create(), ZipLimits.DEFAULTS);
    }

    /**
     * Creates a reader that reads each entry with the given camt reader.
     *
     * @param reader reads the XML entries, with its own limits; never null
     * @param limits the archive limits; never null
     * @return the reader; never null
     * @throws NullPointerException if an argument is null
     */
    public static CamtZipReader of(CamtReader reader, ZipLimits limits) {
        return new CamtZipReader(Objects.requireNonNull(reader, "reader"),
                Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns {@link StatementFormat#CAMT_053}; each header names the format actually read.
     *
     * @return {@link StatementFormat#CAMT_053}
     */
    @Override
    public StatementFormat format() {
        return StatementFormat.CAMT_053;
    }

    /**
     * Returns the limits of the camt reader that reads the entries, so {@link #readAll} keeps
     * the same number of warnings for an archive as for one camt file. The {@link ZipLimits}
     * bound the archive itself.
     *
     * @return the camt reader's limits; never null
     */
    @Override
    public ReaderLimits limits() {
        return reader.limits();
    }

    /**
     * Reads every camt document in the archive, in archive order.
     *
     * @param input the ZIP bytes; not closed by this method
     * @param source the archive name used in positions; never null
     * @param handler receives the statements of all entries; never null
     * @throws MalformedStatementException if the input is not a ZIP archive, is corrupt, has an
     *     unsafe entry name, contains no camt statement, or an entry fails as
     *     {@link CamtReader#read} describes
     * @throws LimitExceededException if the archive has more entries or expands to more bytes
     *     than the {@link ZipLimits} allow, or an entry exceeds the camt reader's limits
     * @throws io.github.receivables.reconciliation.statement.StatementException as
     *     {@link CamtReader#read} for the content of an entry
     * @throws java.io.UncheckedIOException if reading the input stream fails
     */
    @Override
    public void read(InputStream input, String source, StatementHandler handler) {
        ZipArchiveReader.Bounds bounds = new ZipArchiveReader.Bounds(limits.maxEntries(),
                "ZipLimits.maxEntries", limits.maxUncompressedBytes(),
                "ZipLimits.maxUncompressedBytes");
        ZipArchiveReader.read(input, source, bounds, this::readEntry, handler);
    }

    private Optional<String> readEntry(InputStream entry, String source, StatementHandler handler) {
        if (!source.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return Optional.of("its name does not end in .xml");
        }
        reader.read(entry, source, handler);
        return Optional.empty();
    }
}
