package io.github.receivables.reconciliation.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.receivables.reconciliation.statement.StatementFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    static final String CAMT_053 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document "
            + "xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt/></Document>";

    private static StatementFormat format(String text, String name) {
        return format(text.getBytes(StandardCharsets.UTF_8), name);
    }

    private static StatementFormat format(byte[] bytes, String name) {
        FormatDetection detection = FormatDetector.detect(bytes, name);
        return assertInstanceOf(FormatDetection.Detected.class, detection).format();
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] workbook(Workbook workbook) throws IOException {
        workbook.createSheet("S").createRow(0).createCell(0).setCellValue("x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    @Test
    void camtNamespaces() {
        assertEquals(StatementFormat.CAMT_053, format(CAMT_053, "s.xml"));
        assertEquals(StatementFormat.CAMT_052,
                format(CAMT_053.replace("camt.053.001.08", "camt.052.001.02"), null));
        assertEquals(StatementFormat.CAMT_054,
                format(CAMT_053.replace("camt.053.001.08", "camt.054.001.04"), null));
    }

    @Test
    void camtWithoutNamespaceByRootElement() {
        assertEquals(StatementFormat.CAMT_053, format("<Document><BkToCstmrStmt>", null));
        assertEquals(StatementFormat.CAMT_054, format("<Document><BkToCstmrDbtCdtNtfctn>", null));
    }

    @Test
    void camtWithBomAndUtf16() {
        assertEquals(StatementFormat.CAMT_053, format("\ufeff  " + CAMT_053, null));
        byte[] utf16 = ("\ufeff" + CAMT_053).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(StatementFormat.CAMT_053, format(utf16, null));
    }

    @Test
    void otherXmlUnknown() {
        assertInstanceOf(FormatDetection.Unknown.class, FormatDetector.detect(
                "<?xml version=\"1.0\"?><invoice/>".getBytes(StandardCharsets.UTF_8), "a.xml"));
    }

    @Test
    void mt940ByTag20() {
        assertEquals(StatementFormat.MT940, format(":20:STARTUMS\n:25:123/456\n", null));
        assertEquals(StatementFormat.MT940, format(":940:\n:20:940S130403\n", null));
    }

    @Test
    void mt940BySwiftBlocks() {
        assertEquals(StatementFormat.MT940,
                format("{1:F01INGBNL2ABXXX0000000000}{2:I940INGBNL2AXXXN}{4:\n:20:P1\n", null));
    }

    @Test
    void mt942ByBlockOrFloorLimit() {
        assertEquals(StatementFormat.MT942, format("{1:F01BANK}{2:O942X}{4:\n:20:1\n", null));
        assertEquals(StatementFormat.MT942, format(":20:1\n:25:1\n:34F:EUR0,\n", null));
    }

    @Test
    void bai2FileHeader() {
        assertEquals(StatementFormat.BAI2, format("01,122099999,123456789,040621,0200,1,65,,2/\n",
                null));
    }

    @Test
    void ofxSgmlAndXml() {
        assertEquals(StatementFormat.OFX, format("OFXHEADER:100\nDATA:OFXSGML\n<OFX>", null));
        assertEquals(StatementFormat.OFX,
                format("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?>\n<OFX>", null));
        assertEquals(StatementFormat.OFX, format("<OFX><SIGNONMSGSRSV1>", null));
    }

    @Test
    void zipArchiveOfStatements() throws IOException {
        assertInstanceOf(FormatDetection.ZipArchive.class, FormatDetector.detect(
                zip("a.xml", CAMT_053.getBytes(StandardCharsets.UTF_8)), "bundle.zip"));
    }

    @Test
    void workbooksByMagicNotName() throws IOException {
        assertEquals(StatementFormat.SPREADSHEET, format(workbook(new XSSFWorkbook()), "x.xls"));
        assertEquals(StatementFormat.SPREADSHEET, format(workbook(new HSSFWorkbook()), "x.csv"));
    }

    @Test
    void plainTextIsCsv() {
        assertEquals(StatementFormat.CSV, format("Fecha;Monto\n01.01.2024;1\n", "export.txt"));
    }

    @Test
    void unclearTextUsesFileName() {
        assertEquals(StatementFormat.MT940, format("garbage\n", "x.STA"));
        assertEquals(StatementFormat.BAI2, format("garbage\n", "x.bai2"));
        assertEquals(StatementFormat.OFX, format("garbage\n", "x.qfx"));
    }

    @Test
    void binaryAndEmptyUnknown() {
        assertInstanceOf(FormatDetection.Unknown.class,
                FormatDetector.detect(new byte[] {1, 0, 2, 0}, "x.bin"));
        assertInstanceOf(FormatDetection.Unknown.class, FormatDetector.detect(new byte[0], null));
    }
}
