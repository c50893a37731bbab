/**
 * Reader for SWIFT MT940 customer statements and MT942 interim transaction reports, with the
 * German, Dutch and free-text layouts of the :86: information field. Start at
 * {@link io.github.receivables.reconciliation.mt940.Mt940Reader}.
 */
package io.github.receivables.reconciliation.mt940;
