/**
 * Payment links and references in reminders: {@link
 * io.github.receivables.core.reference.PaymentReference} (the structured reference with MOD
 * 97-10 check digits), {@link io.github.receivables.reminders.link.PaymentLinks} (shareable links
 * or a start page for one-off tokens) and {@link
 * io.github.receivables.reminders.link.PaymentNotificationHandler} (confirmed, amount-checked,
 * once-only payments).
 */
package io.github.receivables.reminders.link;
