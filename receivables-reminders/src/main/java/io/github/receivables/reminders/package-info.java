/**
 * Dunning for the receivables SDK: policies as data ({@code policy}), contact rules enforced as
 * one budget per debtor ({@code contact}), a pure planner with deterministic idempotency keys
 * ({@code plan}), Mustache templates ({@code template}), dispatch through an outbox with retries
 * and fallback ({@code dispatch}), and payment references and links ({@code link}). {@link
 * io.github.receivables.reminders.Reason} explains every skipped, deferred or planned step.
 */
package io.github.receivables.reminders;
