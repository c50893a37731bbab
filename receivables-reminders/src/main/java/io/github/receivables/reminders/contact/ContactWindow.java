package io.github.receivables.reminders.contact;

import io.github.receivables.core.party.ContactChannel;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When contact on some channels is allowed, in the debtor's time zone. A channel that no window
 * of a rule set names may be used at any time.
 *
 * @param channels the channels this window governs; never empty
 * @param days the days of the week allowed; never empty
 * @param start the first allowed time of day, inclusive; never null
 * @param end the end of the allowed time, exclusive, after start; never null
 * @param closedOnHolidays true if no contact is allowed on holidays of the debtor's calendar
 */
public record ContactWindow(
        Set<ContactChannel> channels,
        Set<DayOfWeek> days,
        LocalTime start,
        LocalTime end,
        boolean closedOnHolidays) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a set is empty or end is not after start
     */
    public ContactWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        channels = Set.copyOf(channels);
        days = Set.copyOf(days);
        if (channels.isEmpty() || days.isEmpty()) {
            throw new IllegalArgumentException("contact window needs at least one channel and one"
                    + " day, got channels " + channels + " and days " + days);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("contact window end " + end
                    + " must be after its start " + start);
        }
    }

    /**
     * Returns Monday to Saturday.
     *
     * @return the six days; never null
     */
    public static Set<DayOfWeek> mondayToSaturday() {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    }

    /**
     * Returns Monday to Friday.
     *
     * @return the five days; never null
     */
    public static Set<DayOfWeek> mondayToFriday() {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }
}
