/**
 * Readers for ISO 20022 camt.052, camt.053 and camt.054 bank-to-customer messages, single
 * documents through {@link io.github.receivables.reconciliation.camt.CamtReader} and ZIP
 * archives of them through {@link io.github.receivables.reconciliation.camt.CamtZipReader}.
 * Both deliver the shared model of {@link io.github.receivables.reconciliation.statement}.
 */
package io.github.receivables.reconciliation.camt;
