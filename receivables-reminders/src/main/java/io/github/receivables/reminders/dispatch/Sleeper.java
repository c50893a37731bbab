package io.github.receivables.reminders.dispatch;

import java.time.Duration;

/**
 * Waits between retries. Tests inject one that advances a fake clock instead of sleeping.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for a duration.
     *
     * @param duration how long; never null
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Returns a sleeper that blocks the thread.
     *
     * @return the sleeper; never null
     */
    static Sleeper threadSleep() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
