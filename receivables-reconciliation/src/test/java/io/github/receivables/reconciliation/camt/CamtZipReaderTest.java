package io.github.receivables.reconciliation.camt;

import static io.github.receivables.reconciliation.camt.CamtXml.camt053;
import static io.github.receivables.reconciliation.camt.CamtXml.entry;
import static io.github.receivables.reconciliation.camt.CamtXml.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** ZIP archives of camt files are read entry by entry, with guards against hostile archives. */
class CamtZipReaderTest {

    private static final String DOCUMENT = camt053(4, statement("Stmt", "S1",
            entry("1.00", "CRDT", "<Sts>BOOK</Sts>")));

    @Test
    void sampleBundleReads() {
        Path bundle = CamtSamples.folder("camt053").resolve("oca_bundle.zip");
        List<BankStatement> statements = CamtSamples.read(bundle);
        assertEquals(2, statements.size());
        assertEquals("oca_bundle.zip!/test-camt053_02.xml", statements.get(0).header().source());
        assertEquals("1234Test/3", statements.get(1).header().statementId());
    }

    @Test
    void everyXmlEntryRead() {
        byte[] zip = zip(Map.of("a.xml", DOCUMENT, "b.xml", DOCUMENT.replace("S1", "S2")));
        List<BankStatement> statements = readZip(CamtZipReader.create(), zip);
        assertEquals(2, statements.size());
        assertTrue(statements.stream().allMatch(s -> s.header().source().startsWith("day.zip!/")));
    }

    @Test
    void otherEntriesSkippedWithWarning() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("readme.txt", "not a statement");
        entries.put("folder/", "");
        entries.put("folder/a.XML", DOCUMENT);
        List<BankStatement> statements = readZip(CamtZipReader.create(), zip(entries));
        assertEquals(1, statements.size());
        assertEquals(1, statements.get(0).warnings().size(), "skip warning");
        assertTrue(statements.get(0).warnings().get(0).message().contains("readme.txt"));
    }

    @Test
    void pathTraversalNameRejected() {
        for (String name : List.of("../evil.xml", "/etc/evil.xml", "a/../../evil.xml",
                "..\\evil.xml", "C:/evil.xml", "C:evil.xml", "d:\\evil.xml")) {
            byte[] zip = zip(Map.of(name, DOCUMENT));
            MalformedStatementException e = assertThrows(MalformedStatementException.class,
                    () -> readZip(CamtZipReader.create(), zip), name);
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void nulInNameRejectedNamingIt() {
        byte[] zip = zip(Map.of("a\0b.xml", DOCUMENT));
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> readZip(CamtZipReader.create(), zip));
        assertTrue(e.getMessage().contains("a\\0b.xml"), e.getMessage());
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
        assertTrue(e.getMessage().indexOf('\0') < 0, "no raw NUL in the message");
    }

    @Test
    void colonInNameRead() {
        byte[] zip = zip(Map.of("stmt 10:00.xml", DOCUMENT));
        List<BankStatement> statements = readZip(CamtZipReader.create(), zip);
        assertEquals("day.zip!/stmt 10:00.xml", statements.get(0).header().source());
    }

    @Test
    void ibm437NameRead() {
        byte[] zip = zip(Charset.forName("IBM437"), Map.of("Cartola_Se\u00f1or.xml", DOCUMENT));
        List<BankStatement> statements = readZip(CamtZipReader.create(), zip);
        assertEquals("day.zip!/Cartola_Se\u00f1or.xml", statements.get(0).header().source());
    }

    @Test
    void utf8FlaggedNameRead() {
        byte[] zip = zip(Map.of("Cartola_Se\u00f1or.xml", DOCUMENT));
        List<BankStatement> statements = readZip(CamtZipReader.create(), zip);
        assertEquals("day.zip!/Cartola_Se\u00f1or.xml", statements.get(0).header().source());
    }

    @Test
    void limitsAreCamtReaderLimits() {
        CamtReader camt = CamtReader.create()
                .withLimits(ReaderLimits.DEFAULTS.withMaxWarnings(3));
        CamtZipReader reader = CamtZipReader.of(camt, ZipLimits.DEFAULTS);
        assertEquals(camt.limits(), reader.limits());
    }

    @Test
    void readAllKeepsCamtWarningLimit() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            entries.put("r" + i + ".txt", "not a statement");
        }
        entries.put("s.xml", DOCUMENT);
        CamtReader camt = CamtReader.create()
                .withLimits(ReaderLimits.DEFAULTS.withMaxWarnings(3));
        List<BankStatement> statements =
                readZip(CamtZipReader.of(camt, ZipLimits.DEFAULTS), zip(entries));
        List<ReaderWarning> warnings = statements.get(0).warnings();
        assertEquals(4, warnings.size(), "3 kept plus the count of dropped ones");
        assertTrue(warnings.get(3).message().contains("17"), warnings.get(3).message());
    }

    @Test
    void tooManyEntriesRejected() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("s" + i + ".xml", DOCUMENT);
        }
        CamtZipReader reader = CamtZipReader.of(CamtReader.create(), new ZipLimits(3, 1 << 20));
        assertThrows(LimitExceededException.class, () -> readZip(reader, zip(entries)));
    }

    @Test
    void zipBombStopsAtExpandedLimit() {
        String padding = "<!-- padding -->\n".repeat(20 << 16);
        String padded = DOCUMENT.replace("</Document>", "</Document>" + padding);
        byte[] zip = zip(Map.of("bomb.xml", padded));
        assertTrue(zip.length < 100_000, "compressed to " + zip.length + " bytes");
        CamtZipReader reader = CamtZipReader.of(CamtReader.create(), new ZipLimits(10, 1 << 20));
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> readZip(reader, zip)));
        assertTrue(e.getMessage().contains("maxUncompressedBytes"), e.getMessage());
    }

    @Test
    void notAZipRejected() {
        byte[] notZip = DOCUMENT.getBytes(StandardCharsets.UTF_8);
        assertThrows(MalformedStatementException.class, () -> readZip(CamtZipReader.create(), notZip));
    }

    @Test
    void truncatedZipRejected() {
        byte[] zip = zip(Map.of("a.xml", DOCUMENT, "b.xml", DOCUMENT));
        byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);
        assertThrows(MalformedStatementException.class,
                () -> readZip(CamtZipReader.create(), truncated));
    }

    private static List<BankStatement> readZip(CamtZipReader reader, byte[] zip) {
        return reader.readAll(new ByteArrayInputStream(zip), "day.zip");
    }

    private static byte[] zip(Map<String, String> entries) {
        return zip(StandardCharsets.UTF_8, entries);
    }

    /** Writes entry names in {@code names}; only UTF-8 names get the UTF-8 flag. */
    private static byte[] zip(Charset names, Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, names)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
