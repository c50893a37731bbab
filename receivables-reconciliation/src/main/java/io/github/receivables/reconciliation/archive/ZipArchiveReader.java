package io.github.receivables.reconciliation.archive;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import io.github.receivables.reconciliation.text.LimitedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the statement files of a ZIP archive entry by entry, without writing to disk. Shared by
 * the camt archive reader and the format-detecting facade so that both treat archives alike.
 *
 * <p>Rules: entry names with the UTF-8 flag are read as UTF-8 and others as IBM437, as the ZIP
 * specification defines; entries whose names could escape a target folder ({@code ..} segments,
 * absolute paths, a leading drive letter, NUL) are rejected; directories and {@code __MACOSX/}
 * entries are passed over; an entry the {@link EntryReader} does not read is skipped with a
 * warning; the number of entries and the bytes all entries expand to together are bounded; an
 * archive that yields no statement is an error. Each entry's statements are named
 * {@code archive!/entry}. Stateless.
 */
public final class ZipArchiveReader {

    /** A leading Windows drive, absolute ({@code C:/}) or drive-relative ({@code C:x}). */
    private static final Pattern DRIVE_LETTER = Pattern.compile("[A-Za-z]:");

    /**
     * The character set of entry names without the UTF-8 flag (general purpose bit 11). The ZIP
     * specification (PKWARE APPNOTE) defines such names as IBM437, the code page older Windows
     * tools write. {@link ZipInputStream} reads names with the flag as UTF-8 whatever this is.
     */
    private static final Charset UNFLAGGED_NAMES = unflaggedNameCharset();

    private ZipArchiveReader() {}

    private static Charset unflaggedNameCharset() {
        // NOTE: IBM437 is in the jdk.charsets module. A runtime image without that module reads
        // unflagged names as UTF-8, so it rejects an archive whose names are not valid UTF-8.
        return Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.UTF_8;
    }

    /**
     * Bounds of one archive read, with the names of the settings a caller raises to lift them.
     *
     * @param maxEntries the maximum number of entries read, directories and skipped ones included
     * @param entriesSetting the setting that sets {@code maxEntries}, for messages; never null
     * @param maxExpandedBytes the maximum number of bytes all entries may expand to together
     * @param bytesSetting the setting that sets {@code maxExpandedBytes}, for messages; never null
     */
    public record Bounds(int maxEntries, String entriesSetting, long maxExpandedBytes,
            String bytesSetting) {

        /**
         * Validates the bounds.
         *
         * @throws IllegalArgumentException if a bound is not positive
         * @throws NullPointerException if a setting name is null
         */
        public Bounds {
            Objects.requireNonNull(entriesSetting, "entriesSetting");
            Objects.requireNonNull(bytesSetting, "bytesSetting");
            if (maxEntries <= 0 || maxExpandedBytes <= 0) {
                throw new IllegalArgumentException("archive bounds must be positive, got "
                        + maxEntries + " entries and " + maxExpandedBytes + " bytes");
            }
        }
    }

    /** Reads one archive entry, or declines it. */
    @FunctionalInterface
    public interface EntryReader {

        /**
         * Reads the statements of one entry, or returns why it skips the entry.
         *
         * @param entry the expanded entry bytes; closing it has no effect
         * @param source the entry's name for positions, {@code archive!/entry}; never null
         * @param handler receives the entry's statements; never null
         * @return empty when the entry was read, else the reason it was skipped, which completes
         *     the sentence "skipped the archive entry X because ..."
         */
        Optional<String> read(InputStream entry, String source, StatementHandler handler);
    }

    /**
     * Reads every entry of an archive.
     *
     * @param input the ZIP bytes; not closed by this method
     * @param source the archive name used in positions; never null
     * @param bounds the entry count and expanded-size bounds; never null
     * @param reader reads or declines each entry; never null
     * @param handler receives the statements and warnings of all entries; never null
     * @throws MalformedStatementException if the input is not a ZIP archive, is damaged or cut
     *     short, has an unsafe or undecodable entry name, or yields no statement
     * @throws LimitExceededException if the archive has more entries or expands to more bytes
     *     than the bounds allow, naming the entry where it happened
     * @throws UncheckedIOException if reading the input stream fails
     */
    public static void read(InputStream input, String source, Bounds bounds, EntryReader reader,
            StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reader, "reader");
        StatementCounter counter = new StatementCounter(Objects.requireNonNull(handler, "handler"));
        ZipInputStream zip = new ZipInputStream(new FilterInputStream(input) {
            @Override
            public void close() {
                // The caller owns the input.
            }
        }, UNFLAGGED_NAMES);
        try (zip) {
            Walk walk = new Walk(source, Objects.requireNonNull(bounds, "bounds"), reader,
                    counter);
            walk.run(zip);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the archive " + source + " failed", e);
        }
    }

    /** The state of one archive read. */
    private static final class Walk {
        private final String source;
        private final Bounds bounds;
        private final EntryReader reader;
        private final StatementCounter handler;
        private long expanded;
        private int entries;
        private final List<String> skipped = new ArrayList<>();
        private int skipCount;

        Walk(String source, Bounds bounds, EntryReader reader, StatementCounter handler) {
            this.source = source;
            this.bounds = bounds;
            this.reader = reader;
            this.handler = handler;
        }

        void run(ZipInputStream zip) {
            SourcePosition archive = new SourcePosition(source, 0, 0, "");
            for (ZipEntry entry = next(zip, archive); entry != null; entry = next(zip, archive)) {
                String name = entry.getName();
                // A NUL is shown escaped, so that no message carries the raw character.
                SourcePosition position = new SourcePosition(
                        source + "!/" + name.replace("\0", "\\0"), 0, 0, "");
                if (++entries > bounds.maxEntries()) {
                    throw new LimitExceededException(position, "the archive has more than "
                            + bounds.entriesSetting() + " = " + bounds.maxEntries()
                            + " entries; split it into smaller archives");
                }
                checkName(name, position);
                if (!entry.isDirectory() && !name.startsWith("__MACOSX/")) {
                    readEntry(zip, name, position);
                }
            }
            if (entries == 0) {
                throw new MalformedStatementException(archive, "the input is not a ZIP archive"
                        + " or has no entries; expected a ZIP of statement files");
            }
            if (handler.statements == 0) {
                throw new MalformedStatementException(archive, "the archive contains no"
                        + " statement in its " + entries + " entries" + describeSkips()
                        + "; expected at least one statement file in it");
            }
        }

        private void readEntry(ZipInputStream zip, String name, SourcePosition position) {
            LimitedInputStream counted = new LimitedInputStream(zip,
                    bounds.maxExpandedBytes() - expanded,
                    "the archive expands to more bytes than its limit allows");
            try {
                Optional<String> skipReason = reader.read(counted, position.source(), handler);
                if (skipReason.isPresent()) {
                    recordSkip(name, skipReason.get());
                    handler.warning(new ReaderWarning(position, "skipped the archive entry "
                            + name + " because " + skipReason.get()));
                }
                counted.transferTo(OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                if (counted.exceeded()) {
                    throw tooLarge(position, e);
                }
                throw translate(e, position);
            }
            expanded += counted.count();
        }

        /** Keeps the first few skipped entries for the error of an archive with no statement. */
        private void recordSkip(String name, String reason) {
            skipCount++;
            if (skipped.size() < 3) {
                skipped.add(name + " (" + reason + ")");
            }
        }

        private String describeSkips() {
            if (skipped.isEmpty()) {
                return "";
            }
            String text = ", skipped " + String.join("; ", skipped);
            if (skipCount > skipped.size()) {
                text += "; and " + (skipCount - skipped.size()) + " more";
            }
            return text;
        }

        private LimitExceededException tooLarge(SourcePosition position, Exception cause) {
            return new LimitExceededException(position, "the archive expands to more than "
                    + bounds.bytesSetting() + " = " + bounds.maxExpandedBytes() + " bytes at"
                    + " this entry; expected a smaller archive, or raise the limit if the archive"
                    + " is genuine", cause);
        }
    }

    private static ZipEntry next(ZipInputStream zip, SourcePosition archive) {
        try {
            return zip.getNextEntry();
        } catch (IOException e) {
            throw translate(e, archive);
        } catch (IllegalArgumentException e) {
            throw new MalformedStatementException(archive, "an archive entry name is not valid "
                    + UNFLAGGED_NAMES.name() + ", the character set of names without the UTF-8"
                    + " flag here; repack the archive with a tool that writes UTF-8 names", e);
        }
    }

    private static RuntimeException translate(Exception thrown, SourcePosition position) {
        // An entry reader may wrap a failure of the archive stream as UncheckedIOException.
        Exception failure = thrown instanceof UncheckedIOException unchecked
                ? unchecked.getCause() : thrown;
        if (failure instanceof ZipException) {
            return new MalformedStatementException(position, "the ZIP archive is damaged ("
                    + failure.getMessage() + "); download or export it again", failure);
        }
        if (failure instanceof EOFException) {
            return new MalformedStatementException(position, "the ZIP archive ends early, so it"
                    + " is truncated; download or export it again", failure);
        }
        if (thrown instanceof RuntimeException runtime) {
            return runtime;
        }
        return new UncheckedIOException("reading " + position.source() + " failed",
                (IOException) thrown);
    }

    /**
     * Rejects a name that could resolve outside a target folder: a {@code ..} segment, a leading
     * {@code /} or {@code \}, a leading drive letter such as {@code C:}, or a NUL. A colon
     * elsewhere, as in {@code stmt 10:00.xml}, is an ordinary character.
     */
    private static void checkName(String name, SourcePosition position) {
        if (name.indexOf('\0') >= 0) {
            throw new MalformedStatementException(position, "the archive entry name '"
                    + name.replace("\0", "\\0") + "' contains a NUL character, which can cut"
                    + " the name short where it is used; repack the archive without it");
        }
        String normalized = name.replace('\\', '/');
        boolean unsafe = normalized.startsWith("/") || DRIVE_LETTER.matcher(normalized).lookingAt()
                || ("/" + normalized + "/").contains("/../");
        if (unsafe) {
            throw new MalformedStatementException(position, "the archive entry name '" + name
                    + "' could point outside the archive folder; expected a relative name"
                    + " without '..' segments, a leading '/' or a drive letter such as C:");
        }
    }

    /** Passes everything on and counts the statements. */
    private static final class StatementCounter implements StatementHandler {
        private final StatementHandler delegate;
        private long statements;

        StatementCounter(StatementHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void startStatement(StatementHeader header) {
            statements++;
            delegate.startStatement(header);
        }

        @Override
        public void entry(StatementEntry entry) {
            delegate.entry(entry);
        }

        @Override
        public void endStatement(StatementTrailer trailer) {
            delegate.endStatement(trailer);
        }

        @Override
        public void warning(ReaderWarning warning) {
            delegate.warning(warning);
        }
    }
}
