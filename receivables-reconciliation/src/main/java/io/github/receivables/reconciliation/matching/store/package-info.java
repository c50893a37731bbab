/**
 * Adapters that wire cash application to the SPI stores: an {@link
 * io.github.receivables.reconciliation.matching.AllocationWriter} that writes payments,
 * allocations and match decisions in one store transaction, a decision log and payer rules over
 * the match decision store, and {@link
 * io.github.receivables.reconciliation.matching.store.StoreReconciler}, which builds the open
 * item index from the stores and runs statements.
 */
package io.github.receivables.reconciliation.matching.store;
