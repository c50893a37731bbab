package io.github.receivables.examples.quickstart.statement;

import io.github.receivables.reconciliation.bai2.Bai2Reader;
import io.github.receivables.reconciliation.camt.CamtReader;
import io.github.receivables.reconciliation.importing.StatementReaders;
import io.github.receivables.reconciliation.mt940.Mt940Reader;
import io.github.receivables.reconciliation.ofx.OfxReader;
import io.github.receivables.reconciliation.statement.StatementFormat;

/**
 * Registers every statement reader the SDK ships with the format-detecting facade. CSV files
 * and workbooks need no registration: the facade reads them with the column mapping. ZIP
 * archives are unpacked by the facade, entry by entry.
 */
final class StatementReaderSet {

    private StatementReaderSet() {}

    static StatementReaders create() {
        CamtReader camt = CamtReader.create();
        Mt940Reader mt940 = new Mt940Reader();
        return StatementReaders.builder()
                .register(StatementFormat.CAMT_052, camt)
                .register(StatementFormat.CAMT_053, camt)
                .register(StatementFormat.CAMT_054, camt)
                .register(StatementFormat.MT940, mt940)
                .register(StatementFormat.MT942, mt940)
                .register(new Bai2Reader())
                .register(new OfxReader())
                .build();
    }
}
