package io.github.receivables.reminders.contact;

import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.TaxId;
import io.github.receivables.reminders.Reason;
import io.github.receivables.reminders.ReasonCode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Objects;

/**
 * Decides when a debtor may next be contacted on a channel, given contact rules and the contacts
 * already made or scheduled. A pure function: no clock, no state. Thread-safe.
 *
 * <p>The decision moves the asked time forward until every rule holds: into an allowed window
 * (skipping disallowed days and holidays), past the minimum gap after and before every other
 * contact, and past every cap that the new contact would exceed, counting the contacts in the
 * debtor's time zone. It returns {@link ContactDecision.Blocked} when the debtor's legal status
 * forbids contact or no time within 400 days qualifies.
 */
public final class ContactBudget {

    private static final int SEARCH_DAYS = 400;

    /**
     * The country whose holidays apply to a debtor with neither a region nor a tax id: Chile,
     * the market the bundled rules and calendar are written for.
     */
    public static final String FALLBACK_COUNTRY = "CL";

    private ContactBudget() {}

    /**
     * Decides the earliest allowed time for a contact.
     *
     * @param rules the contact rules; never null
     * @param debtor the debtor, for zone and legal status; never null
     * @param region the debtor's ISO 3166-2 region code for regional holidays, or null to ask
     *     the calendar for the country of the debtor's tax id, or {@link #FALLBACK_COUNTRY}
     *     when the debtor has none
     * @param channel the channel; never null
     * @param earliest the earliest time wanted; never null
     * @param contacts the debtor's contacts made or scheduled, on any channels; never null
     * @return allowed with a time and window end, or blocked with a reason; never null
     */
    public static ContactDecision evaluate(ContactRules rules, Customer debtor, String region,
            ContactChannel channel, Instant earliest, Collection<ContactEvent> contacts) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(contacts, "contacts");
        if (rules.noContactStatuses().contains(debtor.legalStatus())) {
            return new ContactDecision.Blocked(Reason.of(ReasonCode.LEGAL_STATUS, "debtor is "
                    + debtor.legalStatus() + " and rules " + rules.id() + " forbid any contact"));
        }
        ZoneId zone = debtor.zone();
        String holidayRegion = region != null ? region
                : debtor.findTaxId().map(TaxId::country).orElse(FALLBACK_COUNTRY);
        Booked booked = Booked.of(contacts, zone);
        Instant limit = earliest.plus(Duration.ofDays(SEARCH_DAYS));
        Instant t = earliest;
        Reason delay = null;
        while (!t.isAfter(limit)) {
            Slot slot = WindowSearch.nextSlot(rules, zone, holidayRegion, channel, t, SEARCH_DAYS);
            if (slot == null) {
                break;
            }
            if (delay == null && slot.reason() != null) {
                delay = slot.reason();
            }
            t = slot.at();
            Violation violation = firstViolation(rules, zone, channel, t, booked);
            if (violation == null) {
                return new ContactDecision.Allowed(t, slot.end(), delay);
            }
            if (delay == null) {
                delay = violation.reason();
            }
            t = violation.retryAt();
        }
        return new ContactDecision.Blocked(Reason.of(ReasonCode.CONFIGURATION, "rules "
                + rules.id() + " allow no " + channel + " contact within " + SEARCH_DAYS
                + " days of " + earliest));
    }

    /** An allowed moment, the end of its window, and why it is later than asked. */
    record Slot(Instant at, Instant end, Reason reason) {}

    /** A broken rule and the earliest time at which it may hold. */
    private record Violation(Instant retryAt, Reason reason) {}

    /** The contacts with their local days, converted once per decision. */
    private record Booked(ContactEvent[] events, long[] days) {
        private static final Booked NONE = new Booked(new ContactEvent[0], new long[0]);

        static Booked of(Collection<ContactEvent> contacts, ZoneId zone) {
            if (contacts.isEmpty()) {
                return NONE;
            }
            ContactEvent[] events = contacts.toArray(new ContactEvent[0]);
            long[] days = new long[events.length];
            for (int i = 0; i < events.length; i++) {
                days[i] = LocalDate.ofInstant(events[i].at(), zone).toEpochDay();
            }
            return new Booked(events, days);
        }
    }

    private static Violation firstViolation(ContactRules rules, ZoneId zone,
            ContactChannel channel, Instant t, Booked contacts) {
        if (contacts.events().length == 0) {
            return null;
        }
        Violation found = gapViolation(rules, t, contacts);
        LocalDate day = LocalDate.ofInstant(t, zone);
        for (ContactCap cap : rules.caps()) {
            if (!cap.channels().contains(channel)) {
                continue;
            }
            found = later(found, apartViolation(cap, zone, day, contacts));
            found = later(found, countViolation(cap, zone, day, contacts));
        }
        return found;
    }

    private static Violation later(Violation current, Violation candidate) {
        if (candidate == null) {
            return current;
        }
        if (current == null || candidate.retryAt().isAfter(current.retryAt())) {
            return new Violation(candidate.retryAt(),
                    current == null ? candidate.reason() : current.reason());
        }
        return current;
    }

    private static Violation gapViolation(ContactRules rules, Instant t, Booked contacts) {
        if (rules.minGap().isZero()) {
            return null;
        }
        Instant retry = null;
        ContactEvent blocking = null;
        for (ContactEvent contact : contacts.events()) {
            Duration between = Duration.between(contact.at(), t).abs();
            if (between.compareTo(rules.minGap()) < 0) {
                Instant after = contact.at().plus(rules.minGap());
                if (retry == null || after.isAfter(retry)) {
                    retry = after;
                    blocking = contact;
                }
            }
        }
        if (retry == null) {
            return null;
        }
        return new Violation(retry, Reason.of(ReasonCode.MIN_GAP, "another " + blocking.channel()
                + " contact at " + blocking.at() + " is less than " + rules.minGap()
                + " away; rules " + rules.id()));
    }

    private static Violation apartViolation(ContactCap cap, ZoneId zone, LocalDate day,
            Booked contacts) {
        if (cap.minDaysApart() == 0) {
            return null;
        }
        long today = day.toEpochDay();
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < contacts.days().length; i++) {
            if (cap.channels().contains(contacts.events()[i].channel())
                    && Math.abs(contacts.days()[i] - today) < cap.minDaysApart()) {
                latest = Math.max(latest, contacts.days()[i] + cap.minDaysApart());
            }
        }
        if (latest == Long.MIN_VALUE) {
            return null;
        }
        LocalDate retry = LocalDate.ofEpochDay(latest);
        return new Violation(startOf(retry, zone), Reason.of(ReasonCode.MIN_GAP,
                "contacts on " + cap.channels().size() + " capped channels must be "
                        + cap.minDaysApart() + " days apart; next allowed day " + retry));
    }

    private static Violation countViolation(ContactCap cap, ZoneId zone, LocalDate day,
            Booked contacts) {
        LocalDate retry;
        switch (cap.period()) {
            case ROLLING_7_DAYS:
                retry = rollingViolation(cap, zone, day, contacts, 7);
                break;
            case ROLLING_30_DAYS:
                retry = rollingViolation(cap, zone, day, contacts, 30);
                break;
            case CALENDAR_WEEK:
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                retry = count(cap, zone, contacts, monday, monday.plusDays(6)) >= cap.max()
                        ? monday.plusWeeks(1) : null;
                break;
            default:
                LocalDate first = day.withDayOfMonth(1);
                retry = count(cap, zone, contacts, first, first.plusMonths(1).minusDays(1))
                        >= cap.max() ? first.plusMonths(1) : null;
                break;
        }
        if (retry == null) {
            return null;
        }
        return new Violation(startOf(retry, zone), Reason.of(ReasonCode.CAP_REACHED, "cap of "
                + cap.max() + " contacts per " + cap.period() + " on " + cap.channels()
                + " is reached for " + day + "; next allowed day " + retry));
    }

    private static LocalDate rollingViolation(ContactCap cap, ZoneId zone, LocalDate day,
            Booked contacts, int days) {
        for (int back = days - 1; back >= 0; back--) {
            LocalDate from = day.minusDays(back);
            if (count(cap, zone, contacts, from, from.plusDays(days - 1)) >= cap.max()) {
                return day.plusDays(1);
            }
        }
        return null;
    }

    private static int count(ContactCap cap, ZoneId zone, Booked contacts, LocalDate from,
            LocalDate to) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        int count = 0;
        for (int i = 0; i < contacts.days().length; i++) {
            long date = contacts.days()[i];
            if (date >= first && date <= last
                    && cap.channels().contains(contacts.events()[i].channel())) {
                count++;
            }
        }
        return count;
    }

    static Instant startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    static Instant at(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }
}
