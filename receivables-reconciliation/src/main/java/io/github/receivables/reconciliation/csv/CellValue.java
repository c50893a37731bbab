package io.github.receivables.reconciliation.csv;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One cell as a reader found it: text from CSV, or a typed number or date from a worksheet. */
sealed interface CellValue {

    /** An empty cell. */
    CellValue EMPTY = new Text("");

    /**
     * Returns the cell as text: the text itself, a number in plain notation, or an ISO date.
     *
     * @return the text; never null
     */
    String text();

    /**
     * Tells whether the cell contains only spaces.
     *
     * @return true for an empty or blank cell
     */
    default boolean isBlank() {
        return text().isBlank();
    }

    /** Text, as every CSV cell and worksheet string cells are. */
    record Text(String value) implements CellValue {
        @Override
        public String text() {
            return value;
        }
    }

    /** A worksheet number: the stored value rounded to the 15 significant digits Excel shows. */
    record Number(BigDecimal value) implements CellValue {
        @Override
        public String text() {
            return value.toPlainString();
        }
    }

    /** A worksheet number formatted as a date. */
    record DateTime(LocalDateTime value) implements CellValue {
        @Override
        public String text() {
            return value.toString();
        }
    }
}
