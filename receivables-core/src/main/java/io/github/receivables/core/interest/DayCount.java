package io.github.receivables.core.interest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A day-count convention: the days counted in a span and the days in a year. Interest for a span
 * is {@code balance × yearly rate × days / yearDays}.
 */
public enum DayCount {
    /** Actual days over a 365-day year (Actual/365 Fixed), as UK statutory interest uses. */
    ACT_365(365),
    /** Actual days over a 360-day year (Actual/360). */
    ACT_360(360),
    /**
     * Thirty-day months over a 360-day year (30E/360): the 31st counts as the 30th, so each
     * month has 30 days and a monthly rate accrues one thirtieth of itself per day.
     */
    THIRTY_360(360);

    private final int yearDays;

    DayCount(int yearDays) {
        this.yearDays = yearDays;
    }

    /**
     * Returns the days in a year for this convention.
     *
     * @return 365 or 360
     */
    public int yearDays() {
        return yearDays;
    }

    /**
     * Counts days from a first day to an end day, the first included and the end excluded.
     *
     * @param start the first day; never null
     * @param endExclusive the day after the last; never null, not before start
     * @return the number of days under this convention, zero or more
     */
    public long days(LocalDate start, LocalDate endExclusive) {
        if (this != THIRTY_360) {
            return ChronoUnit.DAYS.between(start, endExclusive);
        }
        return thirtyDayIndex(endExclusive) - thirtyDayIndex(start);
    }

    private static long thirtyDayIndex(LocalDate day) {
        return 360L * day.getYear() + 30L * day.getMonthValue() + Math.min(day.getDayOfMonth(), 30);
    }
}
