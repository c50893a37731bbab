package io.github.receivables.benchmarks;

import io.github.receivables.reconciliation.mt940.Mt940Reader;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Reads the file of {@link Mt940ReadBenchmark} under Valgrind's callgrind tool and counts the
 * instructions of the measured reads only, a figure that other jobs on the machine do not change.
 *
 * <p>Start it under {@code valgrind --tool=callgrind --instr-atstart=no --separate-threads=yes}
 * with the JVM option {@code -Xbatch} and three arguments: file size in MiB, warm-up reads and
 * measured reads. It switches instrumentation on with {@code callgrind_control -i on} after the
 * warm-up reads and off after the measured ones. The main thread's count divided by the bytes
 * read is the reader's cost per byte, without the JIT compiler and garbage collector threads.
 * docs/benchmarks.md gives the full command.
 */
public final class Mt940CallgrindDriver {

    private Mt940CallgrindDriver() {}

    /**
     * Runs the reads.
     *
     * @param args file size in MiB, warm-up reads and measured reads
     * @throws IOException if {@code callgrind_control} cannot be started
     * @throws InterruptedException if interrupted while waiting for it
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int mebibytes = Integer.parseInt(args[0]);
        int warmUpReads = Integer.parseInt(args[1]);
        int measuredReads = Integer.parseInt(args[2]);
        byte[] file = Mt940ReadBenchmark.Mt940Files.generate(mebibytes * 1024L * 1024L);
        EntryCounter counter = new EntryCounter();
        for (int read = 0; read < warmUpReads + measuredReads; read++) {
            if (read == warmUpReads) {
                instrumentation("on");
            }
            new Mt940Reader().read(new ByteArrayInputStream(file), "bench.sta", counter);
        }
        instrumentation("off");
        System.out.println(file.length + " bytes per read, " + measuredReads
                + " measured reads, " + counter.statements + " statements and "
                + counter.entries + " entries in all");
    }

    /** Switches callgrind's instrumentation and waits, because callgrind applies it later. */
    private static void instrumentation(String state) throws IOException, InterruptedException {
        String pid = String.valueOf(ProcessHandle.current().pid());
        new ProcessBuilder("callgrind_control", "-i", state, pid).inheritIO().start().waitFor();
        Thread.sleep(3000);
    }

    /** Counts what the reader delivers, so that the output shows the reads were complete. */
    private static final class EntryCounter implements StatementHandler {
        private long statements;
        private long entries;

        @Override
        public void startStatement(StatementHeader header) {
            statements++;
        }

        @Override
        public void entry(StatementEntry entry) {
            entries++;
        }

        @Override
        public void endStatement(StatementTrailer trailer) {
            // Counted at the start.
        }
    }
}
