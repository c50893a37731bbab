/**
 * The reminder planner: {@link io.github.receivables.reminders.plan.ReminderPlanner} turns open
 * items, customers, {@link io.github.receivables.reminders.plan.ReminderHistory}, policies and
 * contact rules into a {@link io.github.receivables.reminders.plan.Plan} of actions with
 * deterministic idempotency keys, skipped steps and deferred actions, each with its reason.
 */
package io.github.receivables.reminders.plan;
