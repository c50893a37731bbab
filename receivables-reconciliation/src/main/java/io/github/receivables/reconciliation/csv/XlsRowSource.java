package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the rows of one worksheet of a legacy Excel 97-2003 (XLS, BIFF8) workbook with POI HSSF.
 * The whole workbook is loaded, which is bounded: the format allows at most 65,536 rows of 256
 * columns per sheet, and the input size is capped by {@code ReaderLimits.maxFileBytes}.
 */
final class XlsRowSource {

    private final SheetSelection selection;
    private final String source;
    private final int maxFieldLength;

    XlsRowSource(SheetSelection selection, String source, int maxFieldLength) {
        this.selection = selection;
        this.source = source;
        this.maxFieldLength = maxFieldLength;
    }

    /**
     * Reads the selected sheet.
     *
     * @return the sheet's name
     */
    String read(InputStream input, XlsxRowSource.SheetNameListener onSheet, RowSink sink)
            throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(input);
                HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            Sheet sheet = select(workbook);
            onSheet.sheet(sheet.getSheetName());
            for (Row row : sheet) {
                List<CellValue> cells = cells(row);
                if (!cells.isEmpty()) {
                    long number = row.getRowNum() + 1L;
                    sink.accept(new TableRow(number, number, List.copyOf(cells)));
                }
            }
            return sheet.getSheetName();
        }
    }

    private Sheet select(HSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        if (selection.name() != null) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).strip().equalsIgnoreCase(selection.name().strip())) {
                    return workbook.getSheetAt(i);
                }
            }
        } else {
            int index = selection.index() == null ? 0 : selection.index();
            if (index < names.size()) {
                return workbook.getSheetAt(index);
            }
        }
        throw new MalformedStatementException(new SourcePosition(source, 0, 0, ""),
                "the workbook has no sheet " + (selection.name() != null
                        ? "named '" + selection.name() + "'"
                        : "at index " + selection.index()) + "; its sheets are " + names);
    }

    private List<CellValue> cells(Row row) {
        List<CellValue> cells = SheetCells.newRow();
        for (Cell cell : row) {
            CellValue value = value(cell, cell.getCellType());
            if (!value.text().isEmpty()) {
                SheetCells.put(cells, cell.getColumnIndex(), value, source, row.getRowNum() + 1L,
                        maxFieldLength);
            }
        }
        return cells;
    }

    private static CellValue value(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new CellValue.DateTime(cell.getLocalDateTimeCellValue())
                    : new CellValue.Number(SheetCells.number(Double.toString(
                            cell.getNumericCellValue())));
            case STRING -> new CellValue.Text(cell.getStringCellValue());
            case BOOLEAN -> new CellValue.Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            default -> CellValue.EMPTY;
        };
    }
}
