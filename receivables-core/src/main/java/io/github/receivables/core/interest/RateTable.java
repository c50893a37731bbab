package io.github.receivables.core.interest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rate periods in date order without overlaps, as supplied by the host. Gaps are allowed; a
 * calculation that reaches a day without a rate fails naming the day. Immutable and thread-safe.
 */
public final class RateTable {

    private final List<RatePeriod> periods;

    private RateTable(List<RatePeriod> periods) {
        this.periods = periods;
    }

    /**
     * Creates a table, sorting the periods by start.
     *
     * @param periods the periods; never null
     * @return the table; never null
     * @throws IllegalArgumentException if two periods overlap, naming both
     */
    public static RateTable of(List<RatePeriod> periods) {
        List<RatePeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(RatePeriod::from));
        for (int i = 1; i < sorted.size(); i++) {
            RatePeriod previous = sorted.get(i - 1);
            RatePeriod current = sorted.get(i);
            if (!current.from().isAfter(previous.to())) {
                throw new IllegalArgumentException("rate periods overlap: " + previous.from()
                        + " to " + previous.to() + " and " + current.from() + " to "
                        + current.to());
            }
        }
        return new RateTable(List.copyOf(sorted));
    }

    /**
     * Creates a table.
     *
     * @param periods the periods
     * @return the table
     */
    public static RateTable of(RatePeriod... periods) {
        return of(List.of(periods));
    }

    /**
     * Returns the periods in date order.
     *
     * @return the periods; never null
     */
    public List<RatePeriod> periods() {
        return periods;
    }

    /**
     * Finds the period in force on a day.
     *
     * @param day the day; never null
     * @return the period, or empty when the table has no rate for that day
     */
    public Optional<RatePeriod> periodOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        int low = 0;
        int high = periods.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            RatePeriod period = periods.get(middle);
            if (period.to().isBefore(day)) {
                low = middle + 1;
            } else if (period.from().isAfter(day)) {
                high = middle - 1;
            } else {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }
}
