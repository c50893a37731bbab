package io.github.receivables.reconciliation.csv;

/**
 * Which worksheet of a workbook holds the entries. Set at most one component; with neither, the
 * first sheet is read. CSV files ignore this.
 *
 * @param name the sheet name, compared ignoring case, or null
 * @param index the 0-based sheet position, or null
 */
public record SheetSelection(String name, Integer index) {

    /** The first sheet of the workbook. */
    public static final SheetSelection FIRST = new SheetSelection(null, 0);

    /**
     * Selects a sheet by name.
     *
     * @param name the sheet name; never null
     * @return the selection
     */
    public static SheetSelection named(String name) {
        return new SheetSelection(name, null);
    }

    /**
     * Selects a sheet by position.
     *
     * @param index the 0-based position
     * @return the selection
     */
    public static SheetSelection at(int index) {
        return new SheetSelection(null, index);
    }
}
