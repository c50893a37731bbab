package io.github.receivables.reconciliation.importing;

import io.github.receivables.reconciliation.csv.AmountColumns;
import io.github.receivables.reconciliation.csv.Column;
import io.github.receivables.reconciliation.csv.ColumnMapping;
import io.github.receivables.reconciliation.csv.CsvStatementReader;
import io.github.receivables.reconciliation.csv.EntryColumns;
import io.github.receivables.reconciliation.statement.BankStatement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small CSV statements for the import tests. */
final class ImportFixtures {

    static final ColumnMapping MAPPING = ColumnMapping.builder().name("import-test")
            .delimiter(';').addDateFormat("yyyy-MM-dd").currency("CLP").account("CL-ACC-1")
            .amount(AmountColumns.signed(Column.named("amount")))
            .columns(EntryColumns.builder().bookingDate(Column.named("date"))
                    .remittance(Column.named("text")).build())
            .build();

    static final String HEADER = "date;amount;text\n";

    private ImportFixtures() {}

    static List<BankStatement> read(String csv, String source) {
        return new CsvStatementReader(MAPPING).readAll(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), source);
    }

    static BankStatement statement(String... rows) {
        return read(HEADER + String.join("\n", rows) + "\n", "fixture.csv").get(0);
    }
}
