package io.github.receivables.reminders.contact;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Public holidays, national and regional, that close contact windows. {@link Holidays} loads
 * them from CSV and ships Chile's; a host may implement this interface over its own source.
 * Implementations must be thread-safe.
 */
public interface HolidayCalendar {

    /**
     * Returns the holiday on a day in a region.
     *
     * @param date the day; never null
     * @param region the debtor's ISO 3166-2 region code, or null for national holidays only
     * @return the holiday, or empty when the day is not one there
     */
    Optional<Holiday> find(LocalDate date, String region);

    /**
     * Tells whether a day is a holiday in a region.
     *
     * @param date the day; never null
     * @param region the debtor's region code, or null for national holidays only
     * @return true if {@link #find} returns a holiday
     */
    default boolean isHoliday(LocalDate date, String region) {
        return find(date, region).isPresent();
    }

    /**
     * Returns a calendar with no holidays.
     *
     * @return the empty calendar; never null
     */
    static HolidayCalendar none() {
        return (date, region) -> Optional.empty();
    }
}
