/**
 * Reader for BAI2 cash management balance reporting files, with control totals checked at every
 * trailer. Start at {@link io.github.receivables.reconciliation.bai2.Bai2Reader}.
 */
package io.github.receivables.reconciliation.bai2;
