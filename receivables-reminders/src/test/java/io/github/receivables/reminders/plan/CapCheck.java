package io.github.receivables.reminders.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Checks sent contacts against a written-contact cap over any 7 consecutive days. */
final class CapCheck {

    private CapCheck() {}

    static void assertWithinCaps(List<LocalDateTime> sends, int maxPerSevenDays,
            int minDaysApart, String where) {
        for (int i = 0; i < sends.size(); i++) {
            LocalDate first = sends.get(i).toLocalDate();
            int inWindow = 0;
            for (LocalDateTime other : sends) {
                long days = ChronoUnit.DAYS.between(first, other.toLocalDate());
                if (days >= 0 && days < 7) {
                    inWindow++;
                }
            }
            assertTrue(inWindow <= maxPerSevenDays, inWindow + " contacts in 7 days from "
                    + first + ": " + where);
            if (i > 0) {
                long gap = ChronoUnit.DAYS.between(sends.get(i - 1).toLocalDate(), first);
                assertTrue(gap >= minDaysApart, "contacts " + gap + " days apart at " + first
                        + ": " + where);
            }
        }
    }
}
