/** Indexes over a snapshot of open items: references, payer identities, customers, amounts. */
package io.github.receivables.reconciliation.matching.index;
