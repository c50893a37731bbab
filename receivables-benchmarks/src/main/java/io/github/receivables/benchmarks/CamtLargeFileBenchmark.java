package io.github.receivables.benchmarks;

import io.github.receivables.reconciliation.camt.CamtReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * Reads a generated 1 GB camt.053 file in a JVM limited to 128 MB of heap, to show that memory
 * does not grow with the file. Each iteration reads the whole file once and reports the entries
 * read and the peak heap: the sum of the peak usage of every heap pool since the iteration
 * started, an upper bound of the real peak.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m"})
public class CamtLargeFileBenchmark {

    private static final long ONE_GB = 1_000_000_000L;

    private Path directory;
    private Path file;
    private final CamtReader reader = CamtReader.create();

    /** Transactions and peak heap of the last read. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Footprint {

        /** Transactions read, counting one for an entry without details. */
        public long transactions;

        /** The peak heap during the read, in MB (2^20 bytes). */
        public double peakHeapMegabytes;
    }

    /**
     * Generates the 1 GB file in a temporary folder.
     *
     * @throws IOException if writing fails
     */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        directory = Files.createTempDirectory("camt-1gb");
        file = directory.resolve("camt053-1gb.xml");
        long entries = CamtStatementGenerator.write(file, ONE_GB, 7);
        System.out.printf(Locale.ROOT, "%ngenerated %d bytes, %d entries; max heap %d MB%n",
                Files.size(file), entries, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Resets the heap pools' peak usage before each read. */
    @Setup(Level.Iteration)
    public void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * Deletes the generated file.
     *
     * @throws IOException if deleting fails
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }

    /**
     * Streams the whole file and counts its transactions.
     *
     * @param footprint receives the transaction count and the peak heap
     * @return the transaction count
     * @throws IOException if reading fails
     */
    @Benchmark
    public long camtReader1GBInSmallHeap(Footprint footprint) throws IOException {
        CamtThroughputBenchmark.EntryCounter counter = new CamtThroughputBenchmark.EntryCounter();
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, file.getFileName().toString(), counter);
        }
        footprint.transactions = counter.count;
        footprint.peakHeapMegabytes = peakHeapBytes() / (double) (1 << 20);
        System.out.printf(Locale.ROOT, "%nread %d transactions, peak heap %.1f MB%n",
                counter.count, footprint.peakHeapMegabytes);
        return counter.count;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
