/**
 * Adapters that wire cash application to the SPI stores: an {@link
 * io.github.receivables.reconciliation.matching.AllocationWriter} that writes payments,
 * allocations, write-offs and match decisions in one store transaction, a decision log and payer
 * rules over the match decision store, {@link
 * io.github.receivables.reconciliation.matching.store.StoreReconciler}, which builds the open
 * item index from the stores and runs statements, and {@link
 * io.github.receivables.reconciliation.matching.store.StoreCustomerLedger}, which reports a
 * customer's open balances and credit from the stores.
 */
package io.github.receivables.reconciliation.matching.store;
