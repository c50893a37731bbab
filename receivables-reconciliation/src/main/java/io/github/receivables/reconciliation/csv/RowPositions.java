package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.SourcePosition;

/** Turns row and column numbers into file positions in the style of the file's format. */
interface RowPositions {

    /** Returns the position of a whole row. */
    SourcePosition row(TableRow row);

    /**
     * Returns the position of one cell.
     *
     * @param column the 0-based column index
     * @param label the header name or mapping field of the column, for the message
     */
    SourcePosition cell(TableRow row, int column, String label);

    /** Positions for CSV: the record's first line, and the record and field number. */
    static RowPositions csv(String source) {
        return new RowPositions() {
            @Override
            public SourcePosition row(TableRow row) {
                return new SourcePosition(source, row.line(), 0, "row " + row.number());
            }

            @Override
            public SourcePosition cell(TableRow row, int column, String label) {
                return new SourcePosition(source, row.line(), 0,
                        "row " + row.number() + ", column " + (column + 1) + " " + label);
            }
        };
    }

    /** Positions for worksheets: the row number, the column number and an A1-style cell name. */
    static RowPositions sheet(String source, String sheetName) {
        return new RowPositions() {
            @Override
            public SourcePosition row(TableRow row) {
                return new SourcePosition(source, row.number(), 0, sheetName + "!" + row.number());
            }

            @Override
            public SourcePosition cell(TableRow row, int column, String label) {
                return new SourcePosition(source, row.number(), column + 1,
                        sheetName + "!" + columnName(column) + row.number() + " " + label);
            }
        };
    }

    /** Returns the spreadsheet letters of a 0-based column index: 0 is A, 26 is AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
            name.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return name.toString();
    }
}
