/**
 * Contact rules as data and their enforcement as one budget per debtor: {@link
 * io.github.receivables.reminders.contact.ContactRules} (windows, holidays, caps, gaps, legal
 * statuses), the ready Chilean consumer set, {@link
 * io.github.receivables.reminders.contact.Holidays} with Chile's bundled calendar, and {@link
 * io.github.receivables.reminders.contact.ContactBudget} that decides the next allowed time.
 */
package io.github.receivables.reminders.contact;
