package io.github.receivables.reminders.contact;

import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.LegalStatus;
import io.github.receivables.spi.calendar.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Contact rules as data, enforced as one budget per debtor across all channels. They set the
 * allowed hours and days in the debtor's zone, holidays, caps per channel group and period, a
 * minimum gap between any two contacts, and legal statuses that forbid contact. Human tasks are not contacts and are
 * never limited. Build with {@link #builder(String)} or take {@link #chileanConsumer}.
 *
 * @param id the rule set's id, for reasons and logs; never blank
 * @param windows the allowed contact windows; never null
 * @param caps the caps; never null
 * @param minGap the least time between any two contacts on any channels; zero for none
 * @param noContactStatuses legal statuses under which no contact at all is allowed; never null
 * @param calendar the holidays that close windows marked so; never null
 */
public record ContactRules(
        String id,
        List<ContactWindow> windows,
        List<ContactCap> caps,
        Duration minGap,
        Set<LegalStatus> noContactStatuses,
        HolidayCalendar calendar) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if id is blank or minGap negative
     */
    public ContactRules {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(minGap, "minGap");
        Objects.requireNonNull(calendar, "calendar");
        windows = List.copyOf(windows);
        caps = List.copyOf(caps);
        noContactStatuses = Set.copyOf(noContactStatuses);
        if (id.isBlank()) {
            throw new IllegalArgumentException("contact rules id must not be blank");
        }
        if (minGap.isNegative()) {
            throw new IllegalArgumentException("contact rules " + id
                    + " minGap must not be negative, got " + minGap);
        }
    }

    /**
     * Returns the rules for Chilean consumer debtors, following the limits that Chile's consumer
     * protection law sets on extrajudicial collection:
     *
     * <ul>
     *   <li>at most two written contacts (email, SMS, WhatsApp, letter, portal) in any 7 days, at
     *       least two calendar days apart;
     *   <li>at most one call or visit in any 7 days;
     *   <li>calls and visits Monday to Saturday from 08:00 to 20:00, never on holidays;
     *   <li>no contact at all once the debtor is sued or insolvent.
     * </ul>
     *
     * <p>Two choices go beyond the law's text and are stricter: "a week" is read as any 7
     * consecutive days rather than a calendar week, and written messages keep the same hours as
     * calls, with four hours at least between any two contacts.
     *
     * @param calendar the holidays, such as {@link Holidays#chile()}; never null
     * @return the rules; never null
     */
    public static ContactRules chileanConsumer(HolidayCalendar calendar) {
        return builder("cl-consumer")
                .window(ContactCap.callsAndVisits(), ContactWindow.mondayToSaturday(),
                        LocalTime.of(8, 0), LocalTime.of(20, 0), true)
                .window(ContactCap.written(), ContactWindow.mondayToSaturday(),
                        LocalTime.of(8, 0), LocalTime.of(20, 0), true)
                .cap(ContactCap.written(), 2, CapPeriod.ROLLING_7_DAYS, 2)
                .cap(ContactCap.callsAndVisits(), 1, CapPeriod.ROLLING_7_DAYS, 0)
                .minGap(Duration.ofHours(4))
                .noContactWhen(LegalStatus.SUED, LegalStatus.INSOLVENT)
                .calendar(calendar)
                .build();
    }

    /**
     * Returns default rules for company debtors, a business courtesy rather than a legal limit.
     * Every channel is open Monday to Friday from 08:00 to 19:00 except holidays. At most three
     * written contacts and two calls or visits go out in any 7 days, one day apart at least, with
     * four hours between any two contacts, and none once the debtor is insolvent.
     *
     * @param calendar the holidays; never null
     * @return the rules; never null
     */
    public static ContactRules companyDefaults(HolidayCalendar calendar) {
        return builder("company-default")
                .window(EnumSet.allOf(ContactChannel.class), ContactWindow.mondayToFriday(),
                        LocalTime.of(8, 0), LocalTime.of(19, 0), true)
                .cap(ContactCap.written(), 3, CapPeriod.ROLLING_7_DAYS, 1)
                .cap(ContactCap.callsAndVisits(), 2, CapPeriod.ROLLING_7_DAYS, 1)
                .minGap(Duration.ofHours(4))
                .noContactWhen(LegalStatus.INSOLVENT)
                .calendar(calendar)
                .build();
    }

    /**
     * Starts a builder.
     *
     * @param id the rule set's id
     * @return a builder with no windows, caps, gap or blocked statuses and no holidays
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds {@link ContactRules}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final List<ContactWindow> windows = new ArrayList<>();
        private final List<ContactCap> caps = new ArrayList<>();
        private Duration minGap = Duration.ZERO;
        private final Set<LegalStatus> blocked = EnumSet.noneOf(LegalStatus.class);
        private HolidayCalendar calendar = HolidayCalendar.none();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Adds an allowed window.
         *
         * @param channels the channels it governs
         * @param days the allowed days
         * @param start the first allowed time, inclusive
         * @param end the end of allowed time, exclusive
         * @param closedOnHolidays true to forbid contact on holidays
         * @return this builder
         */
        public Builder window(Set<ContactChannel> channels, Set<DayOfWeek> days, LocalTime start,
                LocalTime end, boolean closedOnHolidays) {
            windows.add(new ContactWindow(channels, days, start, end, closedOnHolidays));
            return this;
        }

        /**
         * Adds a cap.
         *
         * @param channels the channels counted together
         * @param max the most contacts per period
         * @param period the period
         * @param minDaysApart the least difference in calendar days between two of them
         * @return this builder
         */
        public Builder cap(Set<ContactChannel> channels, int max, CapPeriod period,
                int minDaysApart) {
            caps.add(new ContactCap(channels, max, period, minDaysApart));
            return this;
        }

        /**
         * Sets the least time between any two contacts.
         *
         * @param value the gap, zero or more
         * @return this builder
         */
        public Builder minGap(Duration value) {
            this.minGap = Objects.requireNonNull(value, "minGap");
            return this;
        }

        /**
         * Forbids all contact with debtors in these legal statuses.
         *
         * @param statuses the statuses
         * @return this builder
         */
        public Builder noContactWhen(LegalStatus... statuses) {
            for (LegalStatus status : statuses) {
                blocked.add(Objects.requireNonNull(status, "status"));
            }
            return this;
        }

        /**
         * Sets the holiday calendar.
         *
         * @param value the calendar
         * @return this builder
         */
        public Builder calendar(HolidayCalendar value) {
            this.calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /**
         * Builds the rules.
         *
         * @return the rules; never null
         */
        public ContactRules build() {
            return new ContactRules(id, windows, caps, minGap, blocked, calendar);
        }
    }
}
