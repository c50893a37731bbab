/** String similarity in integer basis points: references, payer names, edit distance. */
package io.github.receivables.reconciliation.matching.score;
