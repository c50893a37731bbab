package io.github.receivables.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Runs {@link MatchingBenchmark#matchStatement()} outside JMH and prints the heap used after
 * setup, then, per run, the wall time, the main thread's CPU time, the bytes it allocated and
 * the collectors' pause time. Allocation does not depend on the machine's load. CPU time depends
 * on it less than wall time, but still rises when other processes share the cores. Add
 * {@code -Xlog:gc*:file=gc.log} to the JVM options to also read the collector threads' CPU time
 * per pause.
 *
 * <p>Usage: {@code java -Xms12g -Xmx12g -cp benchmarks.jar
 * io.github.receivables.benchmarks.MatchingCpuTime LINES RUNS}.
 */
public final class MatchingCpuTime {

    private MatchingCpuTime() {}

    /**
     * Generates the data set once, then matches the statement several times.
     *
     * @param args the line draws and the number of runs, such as {@code 100000 3}
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: MatchingCpuTime LINES RUNS, such as 100000 3");
            System.exit(2);
        }
        MatchingBenchmark benchmark = new MatchingBenchmark();
        benchmark.items = 1_000_000;
        benchmark.lines = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        benchmark.generate();
        System.out.printf(Locale.ROOT, "heap used after setup: %d MB%n", usedHeapAfterGc() >> 20);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int run = 0; run < runs; run++) {
            long pauseBefore = pauseMillis();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            long automated = benchmark.matchStatement();
            long wallMillis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
            long allocatedMb = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20;
            System.out.printf(Locale.ROOT, "run %d: wall %d ms, main thread CPU %d ms,"
                    + " allocated %d MB, collector pauses %d ms, automated %d%n", run,
                    wallMillis, cpuMillis, allocatedMb, pauseMillis() - pauseBefore, automated);
        }
    }

    /** Returns the used heap after three collection requests; the JVM may ignore them. */
    private static long usedHeapAfterGc() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long pauseMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += collector.getCollectionTime();
        }
        return total;
    }
}
