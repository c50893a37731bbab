package io.github.receivables.benchmarks;

import io.github.receivables.reconciliation.csv.CsvStatementReader;
import io.github.receivables.reconciliation.csv.MappingPresets;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the CSV statement reader on a generated GLS-style export (German number format,
 * running balance, newest row first), counting entries in a handler that keeps nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvStatementReaderBenchmark {

    /** Number of entry rows in the generated file. */
    @Param({"10000"})
    public int rows;

    private byte[] csv;
    private CsvStatementReader reader;

    /** Generates the file and loads the preset once per trial. */
    @Setup
    public void generate() {
        StringBuilder text = new StringBuilder("Bezeichnung Auftragskonto;IBAN Auftragskonto;"
                + "BIC Auftragskonto;Bankname Auftragskonto;Buchungstag;Valutadatum;"
                + "Name Zahlungsbeteiligter;IBAN Zahlungsbeteiligter;"
                + "BIC (SWIFT-Code) Zahlungsbeteiligter;Buchungstext;Verwendungszweck;Betrag;"
                + "Waehrung;Saldo nach Buchung;Bemerkung;Gekennzeichneter Umsatz;Glaeubiger ID;"
                + "Mandatsreferenz\r\n");
        long balance = 100_000_000L;
        for (int i = 0; i < rows; i++) {
            long cents = (i % 7 == 0 ? 1 : -1) * (1_000L + i % 50_000);
            text.append("Konto;DE89370400440532013000;GENODEM1GLS;GLS;")
                    .append(String.format(java.util.Locale.ROOT, "%02d.%02d.2025;", 1 + i % 28,
                            1 + i % 12))
                    .append("01.01.2025;Kunde ").append(i % 997)
                    .append(";DE89370400440532013000;GENODEM1GLS;Gutschrift;Rechnung RE-")
                    .append(i).append(";").append(euros(cents)).append(";EUR;")
                    .append(euros(balance)).append(";;;;\r\n");
            balance -= cents;
        }
        csv = text.toString().getBytes(StandardCharsets.UTF_8);
        reader = new CsvStatementReader(MappingPresets.load("de_gls_bank"));
    }

    private static String euros(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + abs / 100 + "," + String.format(java.util.Locale.ROOT, "%02d", abs % 100);
    }

    /**
     * Reads the whole file.
     *
     * @return the number of entries read, so that the work is not optimized away
     */
    @Benchmark
    public long readFile() {
        long[] count = new long[1];
        reader.read(new ByteArrayInputStream(csv), "bench.csv", new StatementHandler() {
            @Override
            public void startStatement(StatementHeader header) {}

            @Override
            public void entry(StatementEntry entry) {
                count[0]++;
            }

            @Override
            public void endStatement(StatementTrailer trailer) {}
        });
        return count[0];
    }
}
