package io.github.receivables.reconciliation.importing;

import io.github.receivables.reconciliation.archive.ZipArchiveReader;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Reads a statement file of any registered format: detects the format from the first bytes (see
 * {@link FormatDetector}) and passes the stream to the reader registered for it. CSV and
 * spreadsheets are read with a {@link ColumnMapping}, given to the builder or per call.
 *
 * <p>ZIP archives are unpacked as a stream, without writing to disk, and each entry is read the
 * same way. The rules are those of {@code CamtZipReader}. An entry name with {@code ..} segments,
 * an absolute path or a leading drive letter is rejected. An entry of no readable format, a
 * nested archive and a text entry whose name does not end in {@code .csv} or {@code .tsv} are
 * skipped with a warning. At most {@link #MAX_ARCHIVE_ENTRIES} entries are read, and all entries together may
 * expand to at most {@link ReaderLimits#maxFileBytes()}. An archive with no statement is an error.
 *
 * <p>Readers are registered explicitly. {@code register(reader)} keys a reader by every format
 * in its {@link StatementReader#formats()}, so one {@code CamtReader} serves camt.052, camt.053
 * and camt.054, and one {@code Mt940Reader} serves MT940 and MT942:
 *
 * <pre>{@code
 * StatementReaders readers = StatementReaders.builder()
 *         .register(CamtReader.create())
 *         .register(mt940Reader)
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
     * @throws MalformedStatementException if a ZIP archive is damaged, cut short, has an unsafe
     *     entry name or contains no statement
     * @throws LimitExceededException if the entries of an archive together expand to more than
     *     {@link ReaderLimits#maxFileBytes()} or an archive has more than
     *     {@link #MAX_ARCHIVE_ENTRIES} entries, or as the reader for the format throws it
     * @throws io.github.receivables.reconciliation.statement.StatementException as the reader
     *     for the detected format throws it
     * @throws UncheckedIOException if reading the input stream fails
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
     * @throws io.github.receivables.reconciliation.statement.StatementException and
     *     {@link UncheckedIOException} as {@link #read(InputStream, String, StatementHandler)}
     */
    public void read(InputStream input, String source, ColumnMapping mapping,
            StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(handler, "handler");
        try {
            readDetected(new BufferedInputStream(input, FormatDetector.HEAD_BYTES), source,
                    mapping, handler);
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
     * @return the statements in file order, carrying every warning as
     *     {@link StatementReader#readAll} describes; never null
     * @throws MalformedStatementException if warnings came but no statement, or as
     *     {@link #read(InputStream, String, StatementHandler)} throws it
     * @throws io.github.receivables.reconciliation.statement.StatementException and
     *     {@link UncheckedIOException} as {@link #read(InputStream, String, StatementHandler)}
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
     * @return the statements in file order, carrying every warning as
     *     {@link StatementReader#readAll} describes; never null
     * @throws MalformedStatementException if warnings came but no statement, or as
     *     {@link #read(InputStream, String, StatementHandler)} throws it
     * @throws io.github.receivables.reconciliation.statement.StatementException and
     *     {@link UncheckedIOException} as {@link #read(InputStream, String, StatementHandler)}
     */
    public List<BankStatement> readAll(InputStream input, String source, ColumnMapping mapping) {
        StatementReader collector = new StatementReader() {
            @Override
            public StatementFormat format() {
                return StatementFormat.CSV;
            }

            @Override
            public ReaderLimits limits() {
                return limits;
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
            StatementHandler handler) throws IOException {
        FormatDetection detection = detect(input, source);
        if (detection instanceof FormatDetection.Unknown unknown) {
            throw new UnsupportedVersionException(position(source),
                    "not a statement format this SDK reads: " + unknown.reason());
        }
        if (detection instanceof FormatDetection.ZipArchive) {
            ZipArchiveReader.Bounds bounds = new ZipArchiveReader.Bounds(MAX_ARCHIVE_ENTRIES,
                    "StatementReaders.MAX_ARCHIVE_ENTRIES", limits.maxFileBytes(),
                    "ReaderLimits.maxFileBytes");
            ZipArchiveReader.read(input, source, bounds,
                    (entry, name, entryHandler) -> readEntry(entry, name, mapping, entryHandler),
                    handler);
            return;
        }
        FormatDetection.Detected detected = (FormatDetection.Detected) detection;
        StatementReader reader = readerFor(detected.format(), mapping);
        if (reader == null) {
            throw new UnsupportedVersionException(position(source), "detected "
                    + detected.format() + " (" + detected.evidence() + ") but no reader is"
                    + " available" + missingReaderHint(detected.format()));
        }
        reader.read(input, source, handler);
    }

    /** Reads one archive entry, or returns why it is skipped. */
    private Optional<String> readEntry(InputStream entry, String source, ColumnMapping mapping,
            StatementHandler handler) {
        BufferedInputStream input = new BufferedInputStream(entry, FormatDetector.HEAD_BYTES);
        try {
            FormatDetection detection = detect(input, source);
            if (detection instanceof FormatDetection.Unknown unknown) {
                return Optional.of("it is not a statement format this SDK reads ("
                        + unknown.reason() + ")");
            }
            if (detection instanceof FormatDetection.ZipArchive) {
                return Optional.of("it is a ZIP archive inside the archive; unpack it first");
            }
            StatementFormat format = ((FormatDetection.Detected) detection).format();
            if (format == StatementFormat.CSV && !hasTableName(source)) {
                return Optional.of("its text matches no statement format and its name does not"
                        + " end in .csv or .tsv");
            }
            StatementReader reader = readerFor(format, mapping);
            if (reader == null) {
                return Optional.of("it looks like " + format + " but no reader is available"
                        + missingReaderHint(format));
            }
            reader.read(input, source, handler);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " failed", e);
        }
    }

    private static FormatDetection detect(BufferedInputStream input, String source)
            throws IOException {
        input.mark(FormatDetector.HEAD_BYTES);
        byte[] head = input.readNBytes(FormatDetector.HEAD_BYTES);
        input.reset();
        return FormatDetector.detect(head, source);
    }

    private static boolean hasTableName(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    /** Returns the reader for a format, or null when none is registered or mapped. */
    private StatementReader readerFor(StatementFormat format, ColumnMapping mapping) {
        boolean tabular = format == StatementFormat.CSV || format == StatementFormat.SPREADSHEET;
        if (tabular && mapping != null) {
            return format == StatementFormat.CSV
                    ? new CsvStatementReader(mapping, limits)
                    : new SpreadsheetStatementReader(mapping, limits);
        }
        return readers.get(format);
    }

    private static String missingReaderHint(StatementFormat format) {
        boolean tabular = format == StatementFormat.CSV || format == StatementFormat.SPREADSHEET;
        return tabular
                ? "; give a column mapping, such as MappingPresets.load(name)"
                : "; register a reader for it with StatementReaders.builder().register(...)";
    }

    private static SourcePosition position(String source) {
        return new SourcePosition(source, 0, 0, "");
    }

    /** Collects readers and settings. Not thread-safe. */
    public static final class Builder {
        private final Map<StatementFormat, StatementReader> readers =
                new EnumMap<>(StatementFormat.class);
        private ColumnMapping mapping;
        private ReaderLimits limits = ReaderLimits.DEFAULTS;

        private Builder() {}

        /**
         * Registers a reader for every format in its {@link StatementReader#formats()}, such as
         * camt.052, camt.053 and camt.054 for a {@code CamtReader}.
         *
         * @param reader the reader; never null
         * @return this builder
         * @throws IllegalArgumentException if a reader is already registered for one of those
         *     formats
         */
        public Builder register(StatementReader reader) {
            Objects.requireNonNull(reader, "reader");
            for (StatementFormat format : reader.formats()) {
                register(format, reader);
            }
            return this;
        }

        /**
         * Registers a reader for one format only, such as a host's own reader whose
         * {@link StatementReader#formats()} does not list every format it reads, or one reader
         * of several formats that should serve just one of them here. The readers of this module
         * list all their formats, so {@link #register(StatementReader)} suits them.
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
         * Sets the limits for the CSV and workbook readers, for ZIP archives (where
         * {@link ReaderLimits#maxFileBytes()} bounds all entries together) and for the warnings
         * {@code readAll} keeps.
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
