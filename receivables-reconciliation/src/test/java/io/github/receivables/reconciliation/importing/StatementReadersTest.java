package io.github.receivables.reconciliation.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.camt.CamtReader;
import io.github.receivables.reconciliation.mt940.Mt940Options;
import io.github.receivables.reconciliation.mt940.Mt940Reader;
import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.StatementException;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementReader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StatementReadersTest {

    /** Stands in for a real reader: keeps the whole input and emits one empty statement. */
    private static final class RecordingReader implements StatementReader {
        private final StatementFormat format;
        private final List<String> inputs = new ArrayList<>();

        RecordingReader(StatementFormat format) {
            this.format = format;
        }

        @Override
        public StatementFormat format() {
            return format;
        }

        @Override
        public void read(InputStream input, String source, StatementHandler handler) {
            try {
                inputs.add(new String(input.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            handler.startStatement(new StatementHeader(format, source, null, null,
                    new AccountIdentifier(null, "FAKE", null), null, null, null, null, null, null));
            handler.endStatement(new StatementTrailer(null, List.of(), 0,
                    new BalanceCheck.NotCheckable("fixture")));
        }
    }

    private final RecordingReader camt = new RecordingReader(StatementFormat.CAMT_053);
    private final RecordingReader mt940 = new RecordingReader(StatementFormat.MT940);

    private StatementReaders readers() {
        return StatementReaders.builder().register(camt).register(mt940)
                .register(StatementFormat.MT942, mt940).build();
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void camtDispatchedWithWholeInput() {
        List<BankStatement> statements =
                readers().readAll(bytes(FormatDetectorTest.CAMT_053), "s.xml");
        assertEquals(1, statements.size());
        assertEquals(List.of(FormatDetectorTest.CAMT_053), camt.inputs);
        assertTrue(mt940.inputs.isEmpty());
    }

    @Test
    void mt942GoesToReaderRegisteredForIt() {
        readers().readAll(bytes(":20:1\n:34F:EUR0,\n"), "interim.sta");
        assertEquals(1, mt940.inputs.size());
    }

    @Test
    void mt940ReaderRegistersMt942Too() {
        StatementReaders.Builder builder = StatementReaders.builder().register(new Mt940Reader());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.register(StatementFormat.MT942, new Mt940Reader()));
        assertTrue(e.getMessage().contains("MT942"), e.getMessage());
    }

    @Test
    void secondReaderForFormatRejected() {
        StatementReaders.Builder builder = StatementReaders.builder().register(camt);
        assertThrows(IllegalArgumentException.class, () -> builder.register(camt));
    }

    @Test
    void unregisteredFormatNamed() {
        UnsupportedVersionException e = assertThrows(UnsupportedVersionException.class,
                () -> readers().readAll(bytes("01,1,2,040621,0200,1,65,,2/\n"), "f.bai"));
        assertTrue(e.getMessage().contains("BAI2"), e.getMessage());
        assertTrue(e.getMessage().contains("register"), e.getMessage());
    }

    @Test
    void csvWithoutMappingRejected() {
        UnsupportedVersionException e = assertThrows(UnsupportedVersionException.class,
                () -> readers().readAll(bytes("date;amount;text\n"), "export.csv"));
        assertTrue(e.getMessage().contains("column mapping"), e.getMessage());
    }

    @Test
    void csvReadWithBuilderMapping() {
        StatementReaders withMapping = StatementReaders.builder()
                .columnMapping(ImportFixtures.MAPPING).build();
        List<BankStatement> statements = withMapping.readAll(
                bytes(ImportFixtures.HEADER + "2024-01-02;100;a\n"), "export.csv");
        assertEquals(1, statements.get(0).entries().size());
    }

    @Test
    void csvReadWithMappingPerCall() {
        List<BankStatement> statements = readers().readAll(
                bytes(ImportFixtures.HEADER + "2024-01-02;100;a\n"), "x.csv", ImportFixtures.MAPPING);
        assertEquals(StatementFormat.CSV, statements.get(0).header().format());
    }

    @Test
    void workbookNamedXlsWithXlsxContentRead() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("S");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("date");
        header.createCell(1).setCellValue("amount");
        header.createCell(2).setCellValue("text");
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("2024-01-02");
        row.createCell(1).setCellValue(1500);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        List<BankStatement> statements = readers().readAll(
                new ByteArrayInputStream(out.toByteArray()), "cartola.xls", ImportFixtures.MAPPING);
        assertEquals(StatementFormat.SPREADSHEET, statements.get(0).header().format());
        assertEquals(1500, statements.get(0).entries().get(0).amount().value().intValueExact());
    }

    @Test
    void zipEntriesEachDispatched() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a.xml"));
            zip.write(FormatDetectorTest.CAMT_053.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("dir/"));
            zip.putNextEntry(new ZipEntry("dir/b.sta"));
            zip.write(":20:1\n:25:2\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("c.csv"));
            zip.write((ImportFixtures.HEADER + "2024-01-02;100;a\n").getBytes(StandardCharsets.UTF_8));
        }
        List<BankStatement> statements = readers().readAll(
                new ByteArrayInputStream(out.toByteArray()), "bundle.zip", ImportFixtures.MAPPING);
        assertEquals(3, statements.size());
        assertEquals("bundle.zip!/a.xml", statements.get(0).header().source());
        assertEquals("bundle.zip!/dir/b.sta", statements.get(1).header().source());
        assertEquals(1, statements.get(2).entries().size());
    }

    @Test
    void truncatedZipSaysFileEndsEarly() throws IOException {
        byte[] whole = FormatDetectorTest.zip("a.xml",
                FormatDetectorTest.CAMT_053.repeat(20).getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        RuntimeException error = assertThrows(RuntimeException.class,
                () -> readers().readAll(new ByteArrayInputStream(cut), "cut.zip"));

        assertTrue(error instanceof StatementException, error.toString());
        assertTrue(error.getMessage().contains("cut.zip"), error.getMessage());
    }

    @Test
    void zipInsideZipSkipped() throws IOException {
        byte[] inner = FormatDetectorTest.zip("a.xml",
                FormatDetectorTest.CAMT_053.getBytes(StandardCharsets.UTF_8));
        byte[] outer = zip(Map.of("inner.zip", inner, "b.sta", ":20:1\n:25:2\n".getBytes(
                StandardCharsets.UTF_8)));
        List<BankStatement> statements =
                readers().readAll(new ByteArrayInputStream(outer), "outer.zip");
        assertEquals(1, statements.size());
        assertEquals(1, statements.get(0).warnings().size());
        assertTrue(statements.get(0).warnings().get(0).message().contains("inner.zip"));
    }

    @Test
    void zipOfOnlyNestedZipRejected() throws IOException {
        byte[] inner = FormatDetectorTest.zip("a.xml",
                FormatDetectorTest.CAMT_053.getBytes(StandardCharsets.UTF_8));
        byte[] outer = FormatDetectorTest.zip("inner.zip", inner);
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> readers().readAll(new ByteArrayInputStream(outer), "outer.zip"));
        assertTrue(error.getMessage().contains("no statement"), error.getMessage());
    }

    @Test
    void zipReadmeSkippedWithWarning() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("readme.txt", "Statements of January".getBytes(StandardCharsets.UTF_8));
        entries.put("a.xml", FormatDetectorTest.CAMT_053.getBytes(StandardCharsets.UTF_8));
        List<BankStatement> statements = readers().readAll(
                new ByteArrayInputStream(zip(entries)), "bundle.zip", ImportFixtures.MAPPING);
        assertEquals(1, statements.size());
        List<ReaderWarning> warnings = statements.get(0).warnings();
        assertEquals(1, warnings.size());
        assertEquals("bundle.zip!/readme.txt", warnings.get(0).position().source());
    }

    @Test
    void zipTraversalNameRejected() throws IOException {
        byte[] zip = FormatDetectorTest.zip("../../evil.xml",
                FormatDetectorTest.CAMT_053.getBytes(StandardCharsets.UTF_8));
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> readers().readAll(new ByteArrayInputStream(zip), "evil.zip"));
        assertTrue(error.getMessage().contains("'../../evil.xml'"), error.getMessage());
    }

    @Test
    void zipIbm437NameRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, Charset.forName("IBM437"))) {
            zip.putNextEntry(new ZipEntry("Cartola_Se\u00f1or.xml"));
            zip.write(FormatDetectorTest.CAMT_053.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        List<BankStatement> statements =
                readers().readAll(new ByteArrayInputStream(out.toByteArray()), "day.zip");
        assertEquals("day.zip!/Cartola_Se\u00f1or.xml", statements.get(0).header().source());
    }

    @Test
    void zipExpandedTotalBounded() throws IOException {
        String padding = "\n".repeat(600);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.sta", (":20:1\n:25:2\n" + padding).getBytes(StandardCharsets.UTF_8));
        entries.put("b.sta", (":20:1\n:25:2\n" + padding).getBytes(StandardCharsets.UTF_8));
        StatementReaders bounded = StatementReaders.builder().register(mt940)
                .limits(ReaderLimits.DEFAULTS.withMaxFileBytes(1_000)).build();
        LimitExceededException error = assertThrows(LimitExceededException.class,
                () -> bounded.readAll(new ByteArrayInputStream(zip(entries)), "big.zip"));
        assertTrue(error.getMessage().startsWith("big.zip!/b.sta: the archive expands to more"
                + " than ReaderLimits.maxFileBytes = 1000 bytes"), error.getMessage());
    }

    @Test
    void oneCamtReaderServesAllCamtFormats() {
        StatementReaders camtOnly = StatementReaders.builder().register(CamtReader.create())
                .build();
        String camt054 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns="
                + "\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"><BkToCstmrDbtCdtNtfctn>"
                + "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-01-31T18:00:00Z</CreDtTm></GrpHdr>"
                + "<Ntfctn><Id>N1</Id><Acct><Id><IBAN>CH9300762011623852957</IBAN></Id>"
                + "<Ccy>CHF</Ccy></Acct><Ntry><Amt Ccy=\"CHF\">5.00</Amt>"
                + "<CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts></Ntry></Ntfctn>"
                + "</BkToCstmrDbtCdtNtfctn></Document>";
        List<BankStatement> statements = camtOnly.readAll(bytes(camt054), "n.xml");
        assertEquals(StatementFormat.CAMT_054, statements.get(0).header().format());
        String camt052 = camt054.replace("camt.054", "camt.052")
                .replace("BkToCstmrDbtCdtNtfctn", "BkToCstmrAcctRpt").replace("Ntfctn", "Rpt");
        assertEquals(StatementFormat.CAMT_052,
                camtOnly.readAll(bytes(camt052), "r.xml").get(0).header().format());
    }

    @Test
    void oneMt940ReaderServesMt942() {
        StatementReaders mt940Only = StatementReaders.builder().register(new Mt940Reader())
                .build();
        String mt942 = "{1:F01BANKDEFFXXXX0000000000}{2:O942BANKDEFFXXXX}{4:\n:20:R1\n"
                + ":25:DE89370400440532013000\n:28C:1/1\n:34F:EUR0,\n:13D:2401021200+0100\n"
                + ":61:2401020102C5,00NTRFNONREF\n:90C:1EUR5,00\n-}";
        List<BankStatement> statements = mt940Only.readAll(bytes(mt942), "r.sta");
        assertEquals(StatementFormat.MT942, statements.get(0).header().format());
    }

    @Test
    void readAllKeepsTrailingWarning() {
        String text = ":20:STMT1\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C240101EUR1,00\n"
                + ":62F:C240101EUR1,00\n-\njunk\n";
        StatementReaders real = StatementReaders.builder()
                .register(new Mt940Reader(Mt940Options.DEFAULTS)).build();
        List<BankStatement> statements = real.readAll(bytes(text), "junk.sta");
        assertEquals(1, statements.get(0).warnings().size());
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void unknownContentRejected() {
        assertThrows(UnsupportedVersionException.class, () -> readers().readAll(
                new ByteArrayInputStream(new byte[] {0, 1, 2, 3}), "x.bin"));
    }
}
