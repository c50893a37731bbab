package io.github.receivables.spi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Tells which days are public holidays where a debtor lives, so reminders avoid them.
 *
 * <p>A region is an ISO 3166-1 alpha-2 country code such as {@code CL}, or an ISO 3166-2
 * subdivision code such as {@code CL-AP} (Arica y Parinacota); a subdivision's holidays include
 * its country's. Weekends are not holidays: contact rules treat them on their own. Implementations
 * are thread-safe, read no clock, and return results from data loaded in advance or cached, because the
 * planner asks for many days in a row.
 */
@FunctionalInterface
public interface HolidayCalendar {

    /**
     * Tells whether a day is a public holiday in a region.
     *
     * @param date the day; never null
     * @param region the country or subdivision code, upper case; never null
     * @return true if the day is a holiday there; false for a region the calendar does not know
     */
    boolean isHoliday(LocalDate date, String region);

    /**
     * Returns the calendar without holidays.
     *
     * @return a calendar for which no day is a holiday
     */
    static HolidayCalendar none() {
        return (date, region) -> {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(region, "region");
            return false;
        };
    }
}
