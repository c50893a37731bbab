/**
 * The reminders' outbox over the host's {@link io.github.receivables.spi.store.ReminderOutboxStore}:
 * {@link io.github.receivables.reminders.outbox.ReminderEntry} is what a reminder run decided to
 * send, {@link io.github.receivables.reminders.outbox.ReminderRecord} the dispatcher's view of a
 * stored record, and {@link io.github.receivables.reminders.outbox.ReminderOutbox} maps both to
 * store records with a JSON payload.
 */
package io.github.receivables.reminders.outbox;
