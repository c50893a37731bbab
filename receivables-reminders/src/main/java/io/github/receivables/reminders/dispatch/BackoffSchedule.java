package io.github.receivables.reminders.dispatch;

import java.time.Duration;
import java.util.List;

/**
 * How long to wait before each retry of a transient failure on one channel. With delays
 * {@code [1s, 5s, 30s]} a channel gets four attempts; after the last, the dispatcher moves to the
 * next channel (or gives up when the outcome was unknown, since the message may have arrived).
 *
 * @param delays the wait before each retry, in order; each zero or more; never null
 */
public record BackoffSchedule(List<Duration> delays) {

    /**
     * Validates and copies the delays.
     *
     * @throws NullPointerException if delays or a delay is null
     * @throws IllegalArgumentException if a delay is negative
     */
    public BackoffSchedule {
        delays = List.copyOf(delays);
        for (Duration delay : delays) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("backoff delay must not be negative, got "
                        + delay);
            }
        }
    }

    /**
     * Returns 1, 5 and 30 seconds: four attempts per channel within about half a minute.
     *
     * @return the schedule; never null
     */
    public static BackoffSchedule standard() {
        return of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /**
     * Returns a schedule of the given delays.
     *
     * @param delays the delays in order
     * @return the schedule; never null
     */
    public static BackoffSchedule of(Duration... delays) {
        return new BackoffSchedule(List.of(delays));
    }

    /**
     * Returns the number of attempts a channel gets.
     *
     * @return one more than the number of delays
     */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * Returns the wait after a failed attempt.
     *
     * @param attempt the 1-based attempt that failed, below {@link #maxAttempts()}
     * @param requested the wait the provider asked for, or null
     * @return the longer of the scheduled and requested waits; never null
     */
    public Duration delayAfter(int attempt, Duration requested) {
        Duration scheduled = delays.get(attempt - 1);
        return requested != null && requested.compareTo(scheduled) > 0 ? requested : scheduled;
    }
}
