package io.github.receivables.reconciliation.camt;

import io.github.receivables.reconciliation.camt.internal.Failures;
import io.github.receivables.reconciliation.camt.internal.LimitedInputStream;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a ZIP archive of camt documents entry by entry, as some banks deliver a day's statements.
 * Every entry whose name ends in {@code .xml} is read with a {@link CamtReader}; directories are
 * passed over and other entries are skipped with a warning. Nothing is written to disk.
 *
 * <p>Against hostile archives the reader counts entries and expanded bytes ({@link ZipLimits})
 * and rejects entry names that could escape a target folder ({@code ..} segments, absolute
 * paths, drive letters). Statement sources are named {@code archive!/entry}. Immutable and
 * thread-safe.
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
     * Reads every camt document in the archive, in archive order.
     *
     * @param input the ZIP bytes; not closed by this method
     * @param source the archive name used in positions; never null
     * @param handler receives the statements of all entries; never null
     * @throws MalformedStatementException if the input is not a ZIP archive, is corrupt, has an
     *     unsafe entry name, or an entry fails as {@link CamtReader#read} describes
     * @throws LimitExceededException if the archive has more entries or expands to more bytes
     *     than the {@link ZipLimits} allow, or an entry exceeds the camt reader's limits
     * @throws io.github.receivables.reconciliation.statement.StatementException as
     *     {@link CamtReader#read} for the content of an entry
     * @throws java.io.UncheckedIOException if reading the input stream fails
     */
    @Override
    public void read(InputStream input, String source, StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(handler, "handler");
        try (ZipInputStream zip = new ZipInputStream(new FilterInputStream(input) {
            @Override
            public void close() {
                // The caller owns the input; closing the archive only frees its inflater.
            }
        })) {
            readArchive(zip, source, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the archive " + source + " failed", e);
        }
    }

    private void readArchive(ZipInputStream zip, String source, StatementHandler handler) {
        long expanded = 0;
        int entries = 0;
        ZipEntry entry;
        while ((entry = nextEntry(zip, source)) != null) {
            String name = entry.getName();
            SourcePosition position = new SourcePosition(source + "!/" + name, 0, 0, "");
            if (++entries > limits.maxEntries()) {
                throw new LimitExceededException(position, "the archive has more than maxEntries = "
                        + limits.maxEntries() + " entries; expected fewer or larger ZipLimits");
            }
            checkName(name, position);
            if (!entry.isDirectory()) {
                long remaining = limits.maxUncompressedBytes() - expanded;
                expanded += readEntry(zip, name, position, handler, remaining);
            }
        }
        if (entries == 0) {
            throw new MalformedStatementException(new SourcePosition(source, 0, 0, ""),
                    "the input is not a ZIP archive or has no entries; expected a ZIP of camt files");
        }
    }

    private long readEntry(ZipInputStream zip, String name, SourcePosition position,
            StatementHandler handler, long remaining) {
        LimitedInputStream counted = new LimitedInputStream(zip, remaining, "the archive expands"
                + " to more than maxUncompressedBytes = " + limits.maxUncompressedBytes()
                + " bytes; expected a smaller archive or larger ZipLimits");
        if (name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            reader.read(counted, position.source(), handler);
        } else {
            handler.warning(new ReaderWarning(position, "skipped the archive entry " + name
                    + " because its name does not end in .xml"));
        }
        drain(counted, position);
        return counted.count();
    }

    private ZipEntry nextEntry(ZipInputStream zip, String source) {
        SourcePosition position = new SourcePosition(source, 0, 0, "");
        try {
            return zip.getNextEntry();
        } catch (IOException e) {
            throw Failures.translate(e, position, reader.limits());
        } catch (IllegalArgumentException e) {
            throw new MalformedStatementException(position, "an archive entry name is not valid"
                    + " UTF-8 (" + e.getMessage() + "); expected UTF-8 entry names", e);
        }
    }

    private void drain(InputStream entry, SourcePosition position) {
        byte[] buffer = new byte[8192];
        try {
            while (entry.read(buffer) >= 0) {
                // Counting the rest of the entry keeps the expanded-size limit exact.
            }
        } catch (IOException e) {
            throw Failures.translate(e, position, reader.limits());
        }
    }

    private static void checkName(String name, SourcePosition position) {
        String normalized = name.replace('\\', '/');
        boolean unsafe = normalized.startsWith("/") || normalized.indexOf(':') >= 0
                || normalized.indexOf('\0') >= 0
                || ("/" + normalized + "/").contains("/../");
        if (unsafe) {
            throw new MalformedStatementException(position, "the archive entry name '" + name
                    + "' could point outside the archive folder; expected a relative name"
                    + " without '..' segments or drive letters");
        }
    }
}
