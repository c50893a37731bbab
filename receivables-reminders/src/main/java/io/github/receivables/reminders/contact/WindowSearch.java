package io.github.receivables.reminders.contact;

import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.reminders.Reason;
import io.github.receivables.reminders.ReasonCode;
import io.github.receivables.spi.calendar.HolidayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Finds the next moment inside an allowed contact window. */
final class WindowSearch {

    private WindowSearch() {}

    /**
     * Returns the first allowed moment at or after t, or null when none within maxDays. The
     * slot's reason is the first obstacle met when the moment is later than t, else null.
     */
    static ContactBudget.Slot nextSlot(ContactRules rules, ZoneId zone, String region,
            ContactChannel channel, Instant t, int maxDays) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        if (!hasWindow(rules, channel)) {
            Instant end = ContactBudget.startOf(local.toLocalDate().plusDays(1), zone);
            return new ContactBudget.Slot(t, end, null);
        }
        Reason first = null;
        for (int offset = 0; offset <= maxDays; offset++) {
            LocalDate date = local.toLocalDate().plusDays(offset);
            Candidate best = null;
            for (ContactWindow window : rules.windows()) {
                if (!window.channels().contains(channel)) {
                    continue;
                }
                Candidate candidate = candidate(rules, window, zone, region, date, local, offset);
                if (candidate.at != null && (best == null || candidate.at.isBefore(best.at))) {
                    best = candidate;
                }
                if (first == null && candidate.obstacle != null) {
                    first = candidate.obstacle;
                }
            }
            if (best != null) {
                Reason reason = best.at.isAfter(t) ? first : null;
                return new ContactBudget.Slot(best.at, best.end, reason);
            }
        }
        return null;
    }

    private static boolean hasWindow(ContactRules rules, ContactChannel channel) {
        for (ContactWindow window : rules.windows()) {
            if (window.channels().contains(channel)) {
                return true;
            }
        }
        return false;
    }

    /** An allowed start and window end on one day, or the obstacle that closes the day. */
    private static final class Candidate {
        final Instant at;
        final Instant end;
        final Reason obstacle;

        Candidate(Instant at, Instant end, Reason obstacle) {
            this.at = at;
            this.end = end;
            this.obstacle = obstacle;
        }
    }

    private static Candidate candidate(ContactRules rules, ContactWindow window, ZoneId zone,
            String region, LocalDate date, LocalDateTime local, int offset) {
        if (!window.days().contains(date.getDayOfWeek())) {
            return new Candidate(null, null, Reason.of(ReasonCode.DAY_NOT_ALLOWED,
                    date + " is a " + date.getDayOfWeek() + ", not allowed by rules "
                            + rules.id()));
        }
        if (window.closedOnHolidays() && rules.calendar().isHoliday(date, region)) {
            return new Candidate(null, null, Reason.of(ReasonCode.HOLIDAY, date
                    + " is a holiday" + holidayName(rules.calendar(), date, region)));
        }
        LocalDateTime start = date.atTime(window.start());
        LocalDateTime end = date.atTime(window.end());
        LocalDateTime at = offset == 0 && local.isAfter(start) ? local : start;
        if (!at.isBefore(end)) {
            return new Candidate(null, null, Reason.of(ReasonCode.OUTSIDE_HOURS,
                    local.toLocalTime() + " is outside the allowed hours " + window.start()
                            + "-" + window.end() + " of rules " + rules.id()));
        }
        Reason early = offset == 0 && local.isBefore(start)
                ? Reason.of(ReasonCode.OUTSIDE_HOURS, local.toLocalTime()
                        + " is before the allowed hours " + window.start() + "-" + window.end()
                        + " of rules " + rules.id())
                : null;
        return new Candidate(ContactBudget.at(at, zone), ContactBudget.at(end, zone), early);
    }

    private static String holidayName(HolidayCalendar calendar, LocalDate date, String region) {
        if (calendar instanceof Holidays holidays) {
            Optional<Holiday> holiday = holidays.find(date, region);
            if (holiday.isPresent()) {
                return " (" + holiday.get().name() + ")";
            }
        }
        return "";
    }
}
