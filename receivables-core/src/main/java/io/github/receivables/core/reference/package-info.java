/**
 * The structured payment reference that reminders print and reconciliation looks for in bank
 * statements: {@link io.github.receivables.core.reference.PaymentReference}, with ISO 7064 MOD
 * 97-10 check digits.
 */
package io.github.receivables.core.reference;
