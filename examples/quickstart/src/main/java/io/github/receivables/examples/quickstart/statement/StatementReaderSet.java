package io.github.receivables.examples.quickstart.statement;

import io.github.receivables.reconciliation.bai2.Bai2Reader;
import io.github.receivables.reconciliation.camt.CamtReader;
import io.github.receivables.reconciliation.importing.StatementReaders;
import io.github.receivables.reconciliation.mt940.Mt940Reader;
import io.github.receivables.reconciliation.ofx.OfxReader;

/**
 * Registers every statement reader the SDK ships with the format-detecting facade. CSV files
 * and workbooks need no registration: the facade reads them with the column mapping. ZIP
 * archives are unpacked by the facade, entry by entry.
 */
final class StatementReaderSet {

    private StatementReaderSet() {}

    static StatementReaders create() {
        return StatementReaders.builder()
                .register(CamtReader.create())
                .register(new Mt940Reader())
                .register(new Bai2Reader())
                .register(new OfxReader())
                .build();
    }
}
