package io.github.receivables.benchmarks;

import io.github.receivables.reconciliation.mt940.Mt940Reader;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link Mt940Reader} on a generated file, in input read per second: the
 * {@code megabytes} secondary result counts 10^6 bytes, the {@code mebibytes} one 2^20 bytes. The file has 20 entries per statement and cycles through
 * German {@code ?NN} subfields with SEPA keywords, Dutch slash tags and free-text :86: fields.
 * Every entry is passed to a {@link Blackhole} so none of the reading is optimised away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Mt940ReadBenchmark {

    /** Size of the generated file in mebibytes. */
    @Param("32")
    public int sizeMebibytes;

    private byte[] file;

    /** Counts the mebibytes read so that JMH reports them as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Progress {

        /** Mebibytes (2^20 bytes) of input read; JMH reports it per second. */
        public double mebibytes;

        /** Megabytes (10^6 bytes) of input read; JMH reports it per second. */
        public double megabytes;

        /** Clears the counts before each iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            mebibytes = 0;
            megabytes = 0;
        }
    }

    /** Generates the file once per trial. */
    @Setup(Level.Trial)
    public void generate() {
        file = Mt940Files.generate(sizeMebibytes * 1024L * 1024L);
    }

    /**
     * Reads the whole file.
     *
     * @param progress the rate counter
     * @param sink receives every entry
     */
    @Benchmark
    public void read(Progress progress, Blackhole sink) {
        new Mt940Reader().read(new ByteArrayInputStream(file), "bench.sta", new StatementHandler() {
            @Override
            public void startStatement(StatementHeader header) {
                sink.consume(header);
            }

            @Override
            public void entry(StatementEntry entry) {
                sink.consume(entry);
            }

            @Override
            public void endStatement(StatementTrailer trailer) {
                sink.consume(trailer);
            }
        });
        progress.mebibytes += file.length / (1024.0 * 1024.0);
        progress.megabytes += file.length / 1e6;
    }

    /** Builds MT940 files of a requested size. */
    static final class Mt940Files {

        private Mt940Files() {}

        static byte[] generate(long targetBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) targetBytes + 8192);
            int statement = 0;
            while (out.size() < targetBytes) {
                out.writeBytes(statement(statement++).getBytes(StandardCharsets.ISO_8859_1));
            }
            return out.toByteArray();
        }

        private static String statement(int number) {
            StringBuilder text = new StringBuilder(8192);
            text.append(":20:STMT").append(number).append("\r\n")
                    .append(":25:DE89370400440532013000\r\n:28C:").append(number % 1000)
                    .append("/1\r\n:60F:C240102EUR1000,00\r\n");
            long balance = 100_000;
            for (int i = 0; i < 20; i++) {
                long amount = 1 + (number * 31L + i * 17L) % 500_000;
                boolean credit = (i % 3) != 0;
                balance += credit ? amount : -amount;
                text.append(":61:2401020102").append(credit ? 'C' : 'D')
                        .append(amount / 100).append(',').append(String.format(
                                java.util.Locale.ROOT, "%02d", amount % 100))
                        .append("NTRFREF").append(i).append("//B").append(number).append('-')
                        .append(i).append("\r\n");
                text.append(information(number, i));
            }
            text.append(":62F:").append(balance < 0 ? 'D' : 'C').append("240102EUR")
                    .append(Math.abs(balance) / 100).append(',').append(String.format(
                            java.util.Locale.ROOT, "%02d", Math.abs(balance) % 100))
                    .append("\r\n-\r\n");
            return text.toString();
        }

        private static String information(int number, int index) {
            return switch (index % 3) {
                case 0 -> ":86:166?00GUTSCHRIFT?109310?20EREF+E2E-" + number + "-" + index
                        + "?21MREF+M-77?22SVWZ+RECHNUNG " + index + " VOM 02.01.?23"
                        + "2024 KUNDE 4711?30COBADEFFXXX?31DE89370400440532013000\r\n"
                        + "?32MAX MUSTERMANN GMBH?34997\r\n";
                case 1 -> ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A\r\n"
                        + "/NAME/J. DE VRIES/REMI/FACTUUR 2024-" + index + "/EREF/E2E-" + number
                        + "\r\n";
                default -> ":86:KARTENZAHLUNG FILIALE " + number + "\r\nREF " + index
                        + " TERMINAL 12345678\r\n";
            };
        }
    }
}
