package io.github.receivables.reconciliation.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.camt.CamtZipReader;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipArchiveReaderTest {

    private static final ZipArchiveReader.Bounds BOUNDS =
            new ZipArchiveReader.Bounds(10, "maxEntries", 1_000, "maxBytes");

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Records warnings and reads nothing. */
    private static final class Warnings implements StatementHandler {
        final List<ReaderWarning> received = new ArrayList<>();

        @Override
        public void startStatement(StatementHeader header) {}

        @Override
        public void entry(StatementEntry entry) {}

        @Override
        public void endStatement(StatementTrailer trailer) {}

        @Override
        public void warning(ReaderWarning warning) {
            received.add(warning);
        }
    }

    private static void read(byte[] zip, ZipArchiveReader.EntryReader reader) {
        ZipArchiveReader.read(new ByteArrayInputStream(zip), "day.zip", BOUNDS, reader,
                new Warnings());
    }

    @Test
    void onlySkippedEntriesRejected() {
        byte[] zip = zip(Map.of("readme.txt", text("hello")));
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> read(zip, (entry, source, handler) -> Optional.of("it is text")));
        assertEquals("day.zip: the archive contains no statement in its 1 entries, skipped"
                + " readme.txt (it is text); expected at least one statement file in it",
                error.getMessage());
    }

    @Test
    void skippedEntryWarned() {
        Warnings warnings = new Warnings();
        byte[] zip = zip(Map.of("readme.txt", text("hello")));
        assertThrows(MalformedStatementException.class, () -> ZipArchiveReader.read(
                new ByteArrayInputStream(zip), "day.zip", BOUNDS,
                (entry, source, handler) -> Optional.of("it is text"), warnings));
        assertEquals(1, warnings.received.size());
        assertEquals("skipped the archive entry readme.txt because it is text",
                warnings.received.get(0).message());
        assertEquals("day.zip!/readme.txt", warnings.received.get(0).position().source());
    }

    @Test
    void expandedTotalBoundedAcrossEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.xml", new byte[600]);
        entries.put("b.xml", new byte[600]);
        List<String> read = new ArrayList<>();
        LimitExceededException error = assertThrows(LimitExceededException.class,
                () -> read(zip(entries), (entry, source, handler) -> {
                    read.add(source);
                    try {
                        entry.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return Optional.empty();
                }));
        assertEquals(List.of("day.zip!/a.xml", "day.zip!/b.xml"), read);
        assertTrue(error.getMessage().startsWith("day.zip!/b.xml: the archive expands to more"
                + " than maxBytes = 1000 bytes"), error.getMessage());
    }

    @Test
    void camtZipWithOnlyReadmeRejected() {
        byte[] zip = zip(Map.of("readme.txt", text("hello")));
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> CamtZipReader.create().readAll(new ByteArrayInputStream(zip), "day.zip"));
        assertTrue(error.getMessage().contains("no statement"), error.getMessage());
    }

    @Test
    void camtZipWithOnlyNestedZipRejected() {
        byte[] inner = zip(Map.of("a.xml", text("<Document/>")));
        byte[] zip = zip(Map.of("inner.zip", inner));
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> CamtZipReader.create().readAll(new ByteArrayInputStream(zip), "day.zip"));
        assertTrue(error.getMessage().contains("no statement"), error.getMessage());
    }

    @Test
    void manySkippedEntriesSummarized() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            entries.put("note" + i + ".txt", text("hello"));
        }
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> read(zip(entries), (entry, source, handler) -> Optional.of("it is text")));
        assertTrue(error.getMessage().contains("note3.txt (it is text); and 2 more"),
                error.getMessage());
        assertTrue(!error.getMessage().contains("note4.txt"), error.getMessage());
    }

    @Test
    void emptyArchiveRejected() {
        byte[] zip = zip(Map.of());
        assertThrows(MalformedStatementException.class,
                () -> read(zip, (entry, source, handler) -> Optional.empty()));
    }

    @Test
    void entryReadWithoutStatementRejected() {
        byte[] zip = zip(Map.of("a.xml", text("x")));
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> read(zip, (entry, source, handler) -> Optional.empty()));
        assertTrue(error.getMessage().contains("no statement in its 1 entries;"),
                error.getMessage());
    }
}
