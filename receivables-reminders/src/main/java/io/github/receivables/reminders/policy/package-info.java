/**
 * Reminder policies as data: {@link io.github.receivables.reminders.policy.ReminderPolicy} with
 * steps relative to the due date, escalation to a person and exclusions; {@link
 * io.github.receivables.reminders.policy.PolicyJson} reads them from JSON with errors that name
 * each field path; {@link io.github.receivables.reminders.policy.PolicyCatalog} chooses one per
 * customer by segment or risk segment.
 */
package io.github.receivables.reminders.policy;
