package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the XLSX and XLS row sources. */
final class SheetCells {

    /** Excel keeps 15 significant decimal digits; rounding to them undoes binary noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private SheetCells() {}

    /** Converts a stored floating point number to the decimal Excel shows. */
    static BigDecimal number(String text) {
        return new BigDecimal(text.strip()).round(EXCEL_PRECISION).stripTrailingZeros();
    }

    /** Places a cell at its column, filling skipped columns with empty cells. */
    static void put(List<CellValue> cells, int column, CellValue value, String source, long row,
            int maxFieldLength) {
        if (column >= CsvTokenizer.MAX_FIELDS) {
            throw new LimitExceededException(new SourcePosition(source, row, column + 1, ""),
                    "a row has more than " + CsvTokenizer.MAX_FIELDS + " columns");
        }
        if (value.text().length() > maxFieldLength) {
            throw new LimitExceededException(new SourcePosition(source, row, column + 1, ""),
                    "a cell is longer than " + maxFieldLength
                            + " characters; raise ReaderLimits.maxFieldLength to read it");
        }
        while (cells.size() < column) {
            cells.add(CellValue.EMPTY);
        }
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
    }

    static List<CellValue> newRow() {
        return new ArrayList<>();
    }
}
