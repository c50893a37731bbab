package io.github.receivables.reconciliation.mt940;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The date built last, so that the entries of one day share one {@link LocalDate} and skip its
 * checks. Consecutive entries of a statement often have the same value and entry date. Not
 * thread-safe.
 */
final class LastDate {

    /** The date's fields packed as {@code (year * 100 + month) * 100 + day}, or -1 for none. */
    private int key = -1;
    private LocalDate date;

    /**
     * Returns {@code LocalDate.of(year, month, day)}, the same instance as last time for the same
     * fields.
     *
     * @param year the year, 0 to 9999
     * @param month the month as written, 0 to 99
     * @param day the day as written, 0 to 99
     * @throws DateTimeException if there is no such calendar day
     */
    LocalDate of(int year, int month, int day) {
        int packed = (year * 100 + month) * 100 + day;
        if (packed == key) {
            return date;
        }
        LocalDate built = LocalDate.of(year, month, day);
        key = packed;
        date = built;
        return built;
    }
}
