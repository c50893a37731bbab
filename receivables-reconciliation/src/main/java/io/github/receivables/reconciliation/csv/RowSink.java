package io.github.receivables.reconciliation.csv;

/** Receives worksheet rows in order. */
@FunctionalInterface
interface RowSink {

    /** Receives the next row that has at least one cell. */
    void accept(TableRow row);
}
