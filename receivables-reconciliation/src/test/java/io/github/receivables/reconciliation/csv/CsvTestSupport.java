package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.BankStatement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads CSV text given in a test. */
final class CsvTestSupport {

    private CsvTestSupport() {}

    static List<BankStatement> readAll(ColumnMapping mapping, String csv) {
        return readAll(mapping, csv.getBytes(StandardCharsets.UTF_8));
    }

    static List<BankStatement> readAll(ColumnMapping mapping, byte[] csv) {
        return new CsvStatementReader(mapping).readAll(new ByteArrayInputStream(csv), "test.csv");
    }

    static BankStatement readOne(ColumnMapping mapping, String csv) {
        List<BankStatement> statements = readAll(mapping, csv);
        if (statements.size() != 1) {
            throw new AssertionError("expected one statement, got " + statements.size());
        }
        return statements.get(0);
    }

    /** A German-format mapping: semicolon, dd.MM.yyyy, decimal comma, grouping dot, EUR. */
    static ColumnMapping.Builder german() {
        return ColumnMapping.builder()
                .name("test-de")
                .delimiter(';')
                .addDateFormat("dd.MM.yyyy")
                .decimalSeparator(',')
                .groupingSeparator('.')
                .currency("EUR")
                .account("DE89370400440532013000")
                .amount(AmountColumns.signed(Column.named("Betrag")))
                .columns(EntryColumns.builder()
                        .bookingDate(Column.named("Buchungstag"))
                        .remittance(Column.named("Text"))
                        .build());
    }
}
