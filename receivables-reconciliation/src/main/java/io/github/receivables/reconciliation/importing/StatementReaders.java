package io.github.receivables.reconciliation.importing;

import io.github.receivables.reconciliation.csv.ColumnMapping;
import io.github.receivables.reconciliation.csv.CsvStatementReader;
import io.github.receivables.reconciliation.csv.SpreadsheetStatementReader;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementReader;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a statement file of any registered format: detects the format from the first bytes (see
 * {@link FormatDetector}) and passes the stream to the reader registered for it. ZIP archives
 * are unpacked and each entry is read the same way. CSV and spreadsheets are read with a
 * {@link ColumnMapping}, given to the builder or per call.
 *
 * <p>Readers are registered explicitly:
 *
 * <pre>{@code
 * StatementReaders readers = StatementReaders.builder()
 *         .register(camt053Reader)
 *         .register(StatementFormat.MT942, mt940Reader)
 *         .columnMapping(MappingPresets.load("de_sparkasse_camt_v8"))
 *         .build();
 * List<BankStatement> statements = readers.readAll(input, "export.csv");
 * }</pre>
 *
 * <p>Immutable and thread-safe when the registered readers are.
 */
public final class StatementReaders {

    /** The maximum number of entries read from one ZIP archive. */
    public static final int MAX_ARCHIVE_ENTRIES = 1_000;

    private final Map<StatementFormat, StatementReader> readers;
    private final ColumnMapping defaultMapping;
    private final ReaderLimits limits;

    private StatementReaders(Builder builder) {
        this.readers = Map.copyOf(builder.readers);
        this.defaultMapping = builder.mapping;
        this.limits = builder.limits;
    }

    /**
     * Starts a builder with no readers, no column mapping and the default limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every statement of a file with the builder's column mapping for CSV and workbooks.
     *
     * @param input the file content; not closed by this method
     * @param source the file name, used for detection and in positions; never null
     * @param handler receives statements, entries and warnings in file order
     * @throws UnsupportedVersionException if the format is unknown, no reader is registered for
     *     it, or a CSV or workbook arrives without a column mapping
     * @throws io.github.receivables.reconciliation.statement.StatementException as the reader
     *     for the detected format throws it
     */
    public void read(InputStream input, String source, StatementHandler handler) {
        read(input, source, defaultMapping, handler);
    }

    /**
     * Reads every statement of a file with the given column mapping for CSV and workbooks.
     *
     * @param input the file content; not closed by this method
     * @param source the file name, used for detection and in positions; never null
     * @param mapping the column mapping, or null to use none
     * @param handler receives statements, entries and warnings in file order
     * @throws UnsupportedVersionException as {@link #read(InputStream, String, StatementHandler)}
     */
    public void read(InputStream input, String source, ColumnMapping mapping,
            StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(handler, "handler");
        try {
            readDetected(new BufferedInputStream(input, FormatDetector.HEAD_BYTES), source,
                    mapping, handler, false);
        } catch (ZipException e) {
            throw new MalformedStatementException(position(source),
                    "the ZIP archive is damaged: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new MalformedStatementException(position(source),
                    "the file ends early, so it is truncated: " + e.getMessage()
                    + ". Download or export it again.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every statement of a file into memory with the builder's column mapping.
     *
     * @param input the file content; not closed by this method
     * @param source the file name; never null
     * @return the statements in file order; never null
     * @throws UnsupportedVersionException as {@link #read(InputStream, String, StatementHandler)}
     */
    public List<BankStatement> readAll(InputStream input, String source) {
        return readAll(input, source, defaultMapping);
    }

    /**
     * Reads every statement of a file into memory with the given column mapping.
     *
     * @param input the file content; not closed by this method
     * @param source the file name; never null
     * @param mapping the column mapping, or null to use none
     * @return the statements in file order; never null
     * @throws UnsupportedVersionException as {@link #read(InputStream, String, StatementHandler)}
     */
    public List<BankStatement> readAll(InputStream input, String source, ColumnMapping mapping) {
        StatementReader collector = new StatementReader() {
            @Override
            public StatementFormat format() {
                return StatementFormat.CSV;
            }

            @Override
            public void read(InputStream in, String name, StatementHandler handler) {
                StatementReaders.this.read(in, name, mapping, handler);
            }
        };
        return collector.readAll(input, source);
    }

    /**
     * Detects the format of a file's first bytes.
     *
     * @param head up to {@link FormatDetector#HEAD_BYTES} first bytes; never null
     * @param fileName the file name, or null
     * @return the detection; never null
     */
    public FormatDetection detect(byte[] head, String fileName) {
        return FormatDetector.detect(head, fileName);
    }

    private void readDetected(BufferedInputStream input, String source, ColumnMapping mapping,
            StatementHandler handler, boolean insideArchive) throws IOException {
        input.mark(FormatDetector.HEAD_BYTES);
        byte[] head = input.readNBytes(FormatDetector.HEAD_BYTES);
        input.reset();
        FormatDetection detection = FormatDetector.detect(head, source);
        if (detection instanceof FormatDetection.Unknown unknown) {
            throw new UnsupportedVersionException(position(source),
                    "not a statement format this SDK reads: " + unknown.reason());
        }
        if (detection instanceof FormatDetection.ZipArchive) {
            if (insideArchive) {
                throw new UnsupportedVersionException(position(source),
                        "a ZIP archive inside a ZIP archive is not read; unpack it first");
            }
            readArchive(input, source, mapping, handler);
            return;
        }
        FormatDetection.Detected detected = (FormatDetection.Detected) detection;
        readerFor(detected, source, mapping).read(input, source, handler);
    }

    private StatementReader readerFor(FormatDetection.Detected detected, String source,
            ColumnMapping mapping) {
        StatementFormat format = detected.format();
        boolean tabular = format == StatementFormat.CSV || format == StatementFormat.SPREADSHEET;
        if (tabular && mapping != null) {
            return format == StatementFormat.CSV
                    ? new CsvStatementReader(mapping, limits)
                    : new SpreadsheetStatementReader(mapping, limits);
        }
        StatementReader reader = readers.get(format);
        if (reader != null) {
            return reader;
        }
        String hint = tabular
                ? "; give a column mapping, such as MappingPresets.load(name)"
                : "; register a reader for it with StatementReaders.builder().register(...)";
        throw new UnsupportedVersionException(position(source), "detected " + format + " ("
                + detected.evidence() + ") but no reader is available" + hint);
    }

    private void readArchive(InputStream input, String source, ColumnMapping mapping,
            StatementHandler handler) throws IOException {
        ZipInputStream zip = new ZipInputStream(new BoundedInputStream(input, limits, source));
        int count = 0;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                continue;
            }
            if (++count > MAX_ARCHIVE_ENTRIES) {
                throw new LimitExceededException(position(source), "the archive has more than "
                        + MAX_ARCHIVE_ENTRIES + " entries");
            }
            String name = source + "!/" + entry.getName();
            InputStream entryStream = new BoundedInputStream(zip, limits, name);
            readDetected(new BufferedInputStream(entryStream, FormatDetector.HEAD_BYTES), name,
                    mapping, handler, true);
        }
    }

    private static SourcePosition position(String source) {
        return new SourcePosition(source, 0, 0, "");
    }

    /** Caps the bytes read at ReaderLimits.maxFileBytes and never closes the stream below. */
    private static final class BoundedInputStream extends FilterInputStream {
        private final long max;
        private final String source;
        private long count;

        BoundedInputStream(InputStream in, ReaderLimits limits, String source) {
            super(in);
            this.max = limits.maxFileBytes();
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public void close() {
            // The caller owns the stream below.
        }

        private void count(long n) {
            count += n;
            if (count > max) {
                throw new LimitExceededException(position(source), "more than " + max
                        + " bytes; raise ReaderLimits.maxFileBytes to read it");
            }
        }
    }

    /** Collects readers and settings. Not thread-safe. */
    public static final class Builder {
        private final Map<StatementFormat, StatementReader> readers =
                new EnumMap<>(StatementFormat.class);
        private ColumnMapping mapping;
        private ReaderLimits limits = ReaderLimits.DEFAULTS;

        private Builder() {}

        /**
         * Registers a reader for the format it reports.
         *
         * @param reader the reader; never null
         * @return this builder
         * @throws IllegalArgumentException if a reader is already registered for that format
         */
        public Builder register(StatementReader reader) {
            return register(reader.format(), reader);
        }

        /**
         * Registers a reader for a format, for readers that handle several formats (such as an
         * MT940 reader that also reads MT942).
         *
         * @param format the format; never null
         * @param reader the reader; never null
         * @return this builder
         * @throws IllegalArgumentException if a reader is already registered for that format
         */
        public Builder register(StatementFormat format, StatementReader reader) {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(reader, "reader");
            StatementReader previous = readers.putIfAbsent(format, reader);
            if (previous != null) {
                throw new IllegalArgumentException("a reader is already registered for " + format
                        + ": " + previous.getClass().getName());
            }
            return this;
        }

        /**
         * Sets the column mapping used for CSV files and workbooks when a call gives none.
         *
         * @param value the mapping, or null for none
         * @return this builder
         */
        public Builder columnMapping(ColumnMapping value) {
            mapping = value;
            return this;
        }

        /**
         * Sets the limits for the CSV and workbook readers and for ZIP archives.
         *
         * @param value the limits; never null
         * @return this builder
         */
        public Builder limits(ReaderLimits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Creates the facade.
         *
         * @return the facade; never null
         */
        public StatementReaders build() {
            return new StatementReaders(this);
        }
    }
}
