package io.github.receivables.reminders.contact;

/** The period over which a contact cap counts, in days of the debtor's time zone. */
public enum CapPeriod {
    /** Any 7 consecutive days: no 7-day stretch may exceed the cap. */
    ROLLING_7_DAYS,
    /** Each calendar week, Monday to Sunday. */
    CALENDAR_WEEK,
    /** Any 30 consecutive days. */
    ROLLING_30_DAYS,
    /** Each calendar month. */
    CALENDAR_MONTH
}
