package io.github.receivables.examples.quickstart.statement;

import io.github.receivables.reconciliation.importing.StatementReaders;

/** Registers every statement reader the SDK ships with the format-detecting facade. */
final class StatementReaderSet {

    private StatementReaderSet() {}

    static StatementReaders create() {
        return StatementReaders.builder().build();
    }
}
