package io.github.receivables.spi.memory;

import io.github.receivables.spi.calendar.HolidayCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link HolidayCalendar} from a fixed list of days per region, built with {@link #builder()}.
 * Immutable, so thread-safe. A subdivision such as {@code CL-AP} also has its country's
 * holidays ({@code CL}).
 */
public final class InMemoryHolidayCalendar implements HolidayCalendar {

    private final Map<String, Set<LocalDate>> holidays;

    private InMemoryHolidayCalendar(Map<String, Set<LocalDate>> holidays) {
        Map<String, Set<LocalDate>> copy = new HashMap<>();
        holidays.forEach((region, days) -> copy.put(region, Set.copyOf(days)));
        this.holidays = Map.copyOf(copy);
    }

    /**
     * Starts a builder with no holidays.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean isHoliday(LocalDate date, String region) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        if (holidays.getOrDefault(region, Set.of()).contains(date)) {
            return true;
        }
        int dash = region.indexOf('-');
        return dash > 0 && holidays.getOrDefault(region.substring(0, dash), Set.of())
                .contains(date);
    }

    /** Collects holidays by region. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Set<LocalDate>> holidays = new HashMap<>();

        private Builder() {}

        /**
         * Adds a holiday.
         *
         * @param region the country code such as {@code CL} or subdivision code such as
         *     {@code CL-AP}, upper case
         * @param date the day
         * @return this builder
         * @throws IllegalArgumentException if the region is not an upper-case country or
         *     subdivision code
         */
        public Builder add(String region, LocalDate date) {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(date, "date");
            if (!region.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?")) {
                throw new IllegalArgumentException("region '" + region
                        + "' is not an ISO 3166 code such as CL or CL-AP");
            }
            holidays.computeIfAbsent(region, r -> new HashSet<>()).add(date);
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return an immutable calendar with the holidays added so far
         */
        public InMemoryHolidayCalendar build() {
            return new InMemoryHolidayCalendar(holidays);
        }
    }
}
