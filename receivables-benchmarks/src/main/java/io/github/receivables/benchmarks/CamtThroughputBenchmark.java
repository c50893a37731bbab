package io.github.receivables.benchmarks;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.sun.management.OperatingSystemMXBean;
import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import io.github.receivables.reconciliation.camt.CamtReader;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * camt.053 read throughput of {@link CamtReader} on a generated 100 MB file, and of this reader
 * and prowide-iso20022 on the same generated 10 MB file. Prowide builds a JAXB object tree from a
 * String, so it gets the smaller file. The {@code megabytes} counter is reported in MB/s
 * (1 MB = 10^6 bytes); the operation rate is files per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class CamtThroughputBenchmark {

    private Path directory;
    private Path large;
    private Path small;
    private final CamtReader reader = CamtReader.create();

    /**
     * Counts megabytes read so that JMH reports them per second of wall-clock time. On a machine
     * shared with other work the wall clock understates the reader, so each iteration also prints
     * the megabytes per second of CPU time of the whole benchmark JVM, garbage collection and
     * compilation included.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Megabytes {

        private static final OperatingSystemMXBean SYSTEM =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        /** Megabytes read in this iteration. */
        public double megabytes;

        private long cpuStart;

        /** Clears the counter and notes the JVM's CPU time before each iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            megabytes = 0;
            cpuStart = SYSTEM.getProcessCpuTime();
        }

        /** Prints the megabytes per CPU second of the iteration. */
        @TearDown(Level.Iteration)
        public void printCpuRate() {
            double cpuSeconds = (SYSTEM.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "%n%.1f MB per CPU second%n", megabytes / cpuSeconds);
        }
    }

    /**
     * Generates the two files in a temporary folder.
     *
     * @throws IOException if writing fails
     */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        directory = Files.createTempDirectory("camt-bench");
        large = directory.resolve("camt053-100mb.xml");
        small = directory.resolve("camt053-10mb.xml");
        CamtStatementGenerator.write(large, 100_000_000L, 42);
        CamtStatementGenerator.write(small, 10_000_000L, 42);
    }

    /**
     * Deletes the generated files.
     *
     * @throws IOException if deleting fails
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(large);
        Files.deleteIfExists(small);
        Files.deleteIfExists(directory);
    }

    /**
     * Reads the 100 MB file with this reader.
     *
     * @param counter receives the megabytes read
     * @return the number of transactions, so that the work is not optimized away
     * @throws IOException if reading fails
     */
    @Benchmark
    public long camtReader100MB(Megabytes counter) throws IOException {
        return readOurs(large, counter);
    }

    /**
     * Reads the 10 MB file with this reader.
     *
     * @param counter receives the megabytes read
     * @return the number of transactions
     * @throws IOException if reading fails
     */
    @Benchmark
    public long camtReader10MB(Megabytes counter) throws IOException {
        return readOurs(small, counter);
    }

    /**
     * Reads the 10 MB file with prowide-iso20022 and counts its entries.
     *
     * @param counter receives the megabytes read
     * @return the number of entries
     * @throws IOException if reading fails
     */
    @Benchmark
    public long prowide10MB(Megabytes counter) throws IOException {
        String xml = Files.readString(small, StandardCharsets.UTF_8);
        MxCamt05300108 message = (MxCamt05300108) AbstractMX.parse(xml);
        long entries = message.getBkToCstmrStmt().getStmt().get(0).getNtry().size();
        counter.megabytes += Files.size(small) / 1e6;
        return entries;
    }

    private long readOurs(Path file, Megabytes counter) throws IOException {
        EntryCounter entries = new EntryCounter();
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, file.getFileName().toString(), entries);
        }
        counter.megabytes += Files.size(file) / 1e6;
        return entries.count;
    }

    /** Counts entries and transactions without keeping them. */
    static final class EntryCounter implements StatementHandler {

        long count;

        @Override
        public void startStatement(StatementHeader header) {}

        @Override
        public void entry(StatementEntry entry) {
            count += entry.details().size();
        }

        @Override
        public void endStatement(StatementTrailer trailer) {}
    }
}
