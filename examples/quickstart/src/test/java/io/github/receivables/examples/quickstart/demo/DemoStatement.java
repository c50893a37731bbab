package io.github.receivables.examples.quickstart.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The demo company's Banco de Chile cartola for March 2026, in the bank's workbook layout: the
 * holder block (name, RUT, account, currency), balances and totals above the movements table,
 * and the deposit guarantee notice below it.
 */
final class DemoStatement {

    /** One movement: a debit (cargo) is negative, a credit (abono) positive. */
    record Movement(LocalDate date, String description, String channel, long amount) {}

    static final long OPENING_BALANCE = 4_215_300;

    static final List<Movement> MOVEMENTS = List.of(
            movement("2026-03-02", "Pago Proveedores Lote 0302", "Internet", -1_250_000),
            movement("2026-03-03", "Traspaso De:Libreria Andina SpA Fact 1012", "Internet",
                    368_900),
            movement("2026-03-04", "Transferencia De:Clinica Dental Sonrisa SpA 77.555.666-"
                    + rutDigit(77_555_666) + " Facturas 1013 y 1014", "Internet", 862_750),
            movement("2026-03-05", "Traspaso De:Ferreteria El Roble SpA pago F33-1005",
                    "Internet", 952_000),
            movement("2026-03-06", "Transf RUT 76.444.555-" + rutDigit(76_444_555)
                    + " Transportes Australes abono factura 1009", "Internet", 1_000_000),
            movement("2026-03-06", "Comision Mantencion Cuenta Corriente", "Sucursal", -12_990),
            movement("2026-03-09", "Transferencia De Terceros", "Internet", 350_000));

    private DemoStatement() {}

    private static Movement movement(String date, String description, String channel,
            long amount) {
        return new Movement(LocalDate.parse(date), description, channel, amount);
    }

    private static char rutDigit(int body) {
        return io.github.receivables.core.party.Rut.checkDigitOf(body);
    }

    static long closingBalance() {
        return OPENING_BALANCE + MOVEMENTS.stream().mapToLong(Movement::amount).sum();
    }

    static void write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Cartola");
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            text(sheet, 7, "Sr(a):", DemoData.COMPANY);
            text(sheet, 8, "Rut:", DemoData.SELLER.format());
            text(sheet, 9, "Cuenta:", "00-801-23456-07");
            text(sheet, 10, "Moneda:", "Pesos Chilenos (CLP)");
            text(sheet, 16, "Saldo Disponible", "Saldo Contable", "Retenciones 24 Hrs.",
                    "Retenciones 48 Hrs.");
            numbers(sheet.createRow(17), number, closingBalance(), closingBalance(), 0, 0);
            text(sheet, 20, "Total Cargos", "Total Abonos", "Línea de Crédito");
            numbers(sheet.createRow(21), number, total(false), total(true), 0);
            text(sheet, 25, "Movimientos al "
                    + DemoFiles.CHILE_DATE.format(DemoData.AS_OF));
            text(sheet, 26, "Fecha", "Descripción", "Canal o Sucursal", "Cargos (CLP)",
                    "Abonos (CLP)", "Saldo (CLP)");
            long balance = OPENING_BALANCE;
            int rowIndex = 27;
            for (Movement movement : MOVEMENTS) {
                balance += movement.amount();
                movementRow(sheet.createRow(rowIndex++), number, movement, balance);
            }
            text(sheet, rowIndex + 5, "Infórmate sobre la garantía estatal de los depósitos en"
                    + " tu banco o en www.cmfchile.cl.");
            workbook.write(out);
        }
    }

    private static long total(boolean credits) {
        return MOVEMENTS.stream().mapToLong(Movement::amount)
                .filter(amount -> credits ? amount > 0 : amount < 0)
                .map(Math::abs).sum();
    }

    private static void text(Sheet sheet, int rowIndex, String... values) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i + 1).setCellValue(values[i]);
        }
    }

    private static void numbers(Row row, CellStyle style, long... values) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i + 1);
            cell.setCellValue(values[i]);
            cell.setCellStyle(style);
        }
    }

    private static void movementRow(Row row, CellStyle style, Movement movement, long balance) {
        row.createCell(1).setCellValue(DemoFiles.CHILE_DATE.format(movement.date()));
        row.createCell(2).setCellValue(movement.description());
        row.createCell(3).setCellValue(movement.channel());
        var amount = row.createCell(movement.amount() < 0 ? 4 : 5);
        amount.setCellValue(Math.abs(movement.amount()));
        amount.setCellStyle(style);
        var saldo = row.createCell(6);
        saldo.setCellValue(balance);
        saldo.setCellStyle(style);
    }
}
