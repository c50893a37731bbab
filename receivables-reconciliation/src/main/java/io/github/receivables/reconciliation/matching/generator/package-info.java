/**
 * Synthetic portfolios and statements with the expected outcome of every line, the accuracy
 * report, and the baseline matcher that the engine is compared with.
 */
package io.github.receivables.reconciliation.matching.generator;
