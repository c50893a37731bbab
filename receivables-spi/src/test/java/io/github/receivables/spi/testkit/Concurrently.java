package io.github.receivables.spi.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks on their own threads, released together by a barrier, to provoke races. */
public final class Concurrently {

    private Concurrently() {}

    /**
     * Runs the tasks at the same moment and waits for all.
     *
     * @param tasks the tasks, one thread each
     * @param <T> the result type
     * @return the results in the order of the tasks
     * @throws Exception the first task's failure, unwrapped
     */
    @SafeVarargs
    public static <T> List<T> run(Callable<T>... tasks) throws Exception {
        List<Callable<T>> list = new ArrayList<>(tasks.length);
        for (Callable<T> task : tasks) {
            list.add(task);
        }
        return run(list);
    }

    /**
     * Runs the tasks at the same moment and waits for all.
     *
     * @param tasks the tasks, one thread each
     * @param <T> the result type
     * @return the results in the order of the tasks
     * @throws Exception the first task's failure, unwrapped
     */
    public static <T> List<T> run(List<? extends Callable<T>> tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(unwrap(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T unwrap(Future<T> future) throws Exception {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
