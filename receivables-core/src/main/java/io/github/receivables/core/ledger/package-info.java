/**
 * Payments, allocations of payments and credit notes to documents, and the ledger that derives
 * open balances, unapplied cash and credit balances from them.
 */
package io.github.receivables.core.ledger;
