package io.github.receivables.reconciliation.csv;

import java.util.List;

/**
 * One row of a table.
 *
 * @param number the 1-based row number: the CSV record number or the worksheet row number
 * @param line the 1-based physical line where a CSV record starts; the row number for worksheets
 * @param cells the cells from column 0 on; never null
 */
record TableRow(long number, long line, List<CellValue> cells) {

    CellValue cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : CellValue.EMPTY;
    }

    boolean isBlank() {
        for (CellValue cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Returns the index of the first non-blank cell, or -1. */
    int firstNonBlank() {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
