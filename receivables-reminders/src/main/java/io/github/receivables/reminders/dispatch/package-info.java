/**
 * Reminder dispatch: {@link io.github.receivables.reminders.dispatch.Dispatcher} writes planned
 * actions to the outbox, sends them through the notification channels with retries (waits from a
 * {@link io.github.receivables.reminders.dispatch.BackoffSchedule}) and fallback to the next
 * channel, and resumes after a crash without losing or repeating a send; {@link
 * io.github.receivables.reminders.dispatch.MessageComposer} renders each action for its
 * channels.
 */
package io.github.receivables.reminders.dispatch;
