package io.github.receivables.reconciliation.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.StatementException;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetStatementReaderTest {

    private static ColumnMapping mapping() {
        return ColumnMapping.builder().name("sheet-test").skipRows(2)
                .addDateFormat("dd/MM/yyyy").decimalSeparator(',').groupingSeparator('.')
                .currency("CLP")
                .amount(AmountColumns.split(Column.named("Cargos"), Column.named("Abonos"),
                        DebitSign.NEGATE))
                .columns(EntryColumns.builder().bookingDate(Column.named("Fecha"))
                        .remittance(Column.named("Detalle")).build())
                .addMetadata(MetadataRule.beside(MetadataField.ACCOUNT, "^Cuenta:$", 2))
                .build();
    }

    /** Writes rows: metadata, blank, header, a date cell, a text date and a text amount. */
    private static byte[] workbook(Workbook workbook) throws IOException {
        Sheet other = workbook.createSheet("Resumen");
        other.createRow(0).createCell(0).setCellValue("nothing here");
        Sheet sheet = workbook.createSheet("Movimientos");
        Row meta = sheet.createRow(0);
        meta.createCell(1).setCellValue("Cuenta:");
        meta.createCell(2).setCellValue("00-123-45678-90");
        Row header = sheet.createRow(2);
        String[] names = {"Fecha", "Detalle", "Cargos", "Abonos"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        Row first = sheet.createRow(3);
        first.createCell(0).setCellValue(LocalDateTime.of(2026, 1, 5, 0, 0));
        first.getCell(0).setCellStyle(dateStyle);
        first.createCell(1).setCellValue("Pago factura 12345");
        first.createCell(2).setCellValue(197700);
        Row second = sheet.createRow(4);
        second.createCell(0).setCellValue("06/01/2026");
        second.createCell(1).setCellValue("Abono");
        second.createCell(3).setCellValue("1.500");
        Row third = sheet.createRow(5);
        third.createCell(0).setCellValue("07/01/2026");
        third.createCell(3).setCellValue(0.1 + 0.2 + 99.7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    private static BankStatement read(ColumnMapping mapping, byte[] bytes) {
        List<BankStatement> statements = new SpreadsheetStatementReader(mapping)
                .readAll(new ByteArrayInputStream(bytes), "cartola");
        assertEquals(1, statements.size());
        return statements.get(0);
    }

    private static void assertContent(BankStatement statement) {
        assertEquals("00-123-45678-90", statement.header().account().value());
        assertEquals(3, statement.entries().size());
        assertEquals(LocalDate.of(2026, 1, 5), statement.entries().get(0).bookingDate());
        assertEquals(new BigDecimal("-197700"), statement.entries().get(0).amount().value());
        assertEquals(LocalDate.of(2026, 1, 6), statement.entries().get(1).bookingDate());
        assertEquals(new BigDecimal("1500"), statement.entries().get(1).amount().value());
        assertEquals(new BigDecimal("100"), statement.entries().get(2).amount().value());
    }

    private static ColumnMapping secondSheet() {
        return mapping().toBuilder().sheet(SheetSelection.named("movimientos")).build();
    }

    @Test
    void xlsxTypedAndTextCells() throws IOException {
        assertContent(read(secondSheet(), workbook(new XSSFWorkbook())));
    }

    @Test
    void xlsTypedAndTextCells() throws IOException {
        assertContent(read(secondSheet(), workbook(new HSSFWorkbook())));
    }

    @Test
    void sheetByIndex() throws IOException {
        ColumnMapping mapping = mapping().toBuilder().sheet(SheetSelection.at(1)).build();
        assertContent(read(mapping, workbook(new XSSFWorkbook())));
    }

    @Test
    void positionsNameSheetAndCell() throws IOException {
        BankStatement statement = read(secondSheet(), workbook(new XSSFWorkbook()));
        assertEquals(4, statement.entries().get(0).position().line());
        assertEquals("Movimientos!4", statement.entries().get(0).position().path());
    }

    @Test
    void missingSheetListsNames() throws IOException {
        ColumnMapping mapping = mapping().toBuilder().sheet(SheetSelection.named("Otra")).build();
        byte[] bytes = workbook(new XSSFWorkbook());
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> read(mapping, bytes));
        assertTrue(e.getMessage().contains("Movimientos"), e.getMessage());
    }

    @Test
    void textInputRejectedAsNoWorkbook() {
        byte[] bytes = "Fecha;Monto\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(UnsupportedVersionException.class, () -> read(mapping(), bytes));
    }

    @Test
    void truncatedWorkbookRejected() throws IOException {
        byte[] bytes = workbook(new XSSFWorkbook());
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThrows(StatementException.class, () -> read(secondSheet(), truncated));
    }

    @Test
    void truncatedXlsxNamesSource() throws IOException {
        byte[] bytes = workbook(new XSSFWorkbook());
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> read(secondSheet(), truncated));
        assertTrue(e.getMessage().startsWith("cartola: "), e.getMessage());
        assertFalse(e.getMessage().contains("receivables-workbook-"), e.getMessage());
        assertFalse(e.getMessage().contains(System.getProperty("java.io.tmpdir")), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("save"), e.getMessage());
    }

    @Test
    void zipWithoutContentTypesExplained() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/notes.txt"));
            zip.write('x');
            zip.closeEntry();
        }
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> read(secondSheet(), out.toByteArray()));
        assertFalse(e.getMessage().contains("[M1.13]"), e.getMessage());
        assertTrue(e.getMessage().contains("[Content_Types].xml"), e.getMessage());
        assertTrue(e.getMessage().contains("not an XLSX workbook"), e.getMessage());
    }

    @Test
    void damagedXlsHeaderExplained() {
        byte[] bytes = new byte[108];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> read(secondSheet(), bytes));
        assertFalse(e.getMessage().contains("blocksize"), e.getMessage());
        assertTrue(e.getMessage().contains("XLS"), e.getMessage());
        assertTrue(e.getMessage().contains("save"), e.getMessage());
    }

    @Test
    void doctypeInSheetRefused() throws IOException {
        byte[] bytes = replaceEntry(workbook(new XSSFWorkbook()), "xl/worksheets/sheet2.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                        + "main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;"
                        + "</t></is></c></row></sheetData></worksheet>");
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> read(secondSheet(), bytes));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("http://apache.org"), e.getMessage());
        assertEquals("Movimientos", e.position().path(), e.getMessage());
        assertEquals(1, e.position().line(), e.getMessage());
    }

    @Test
    void wrongDateTextNamesCell() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("S");
        Row header = sheet.createRow(2);
        header.createCell(0).setCellValue("Fecha");
        header.createCell(1).setCellValue("Cargos");
        header.createCell(2).setCellValue("Abonos");
        header.createCell(3).setCellValue("Detalle");
        Row row = sheet.createRow(3);
        row.createCell(0).setCellValue("31/02/2026");
        row.createCell(1).setCellValue(10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        StatementException e = assertThrows(StatementException.class,
                () -> read(mapping(), out.toByteArray()));
        assertEquals("S!A4 'Fecha'", e.position().path());
        assertEquals(1, e.position().column());
    }

    private static byte[] replaceEntry(byte[] zip, String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    zipOut.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zipOut);
                }
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
