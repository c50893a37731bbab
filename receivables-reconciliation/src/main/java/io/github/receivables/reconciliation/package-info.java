/** Receivables SDK, reconciliation module. */
package io.github.receivables.reconciliation;
