/**
 * Cash application: matches bank lines to open items and decides what to apply.
 *
 * <p>{@link io.github.receivables.reconciliation.matching.MatchingEngine} finds candidates
 * through the indexes of an
 * {@link io.github.receivables.reconciliation.matching.index.OpenItemIndex}, scores them with
 * weighted evidence and returns a sealed
 * {@link io.github.receivables.reconciliation.matching.MatchResult} per line.
 * {@link io.github.receivables.reconciliation.matching.CashApplication} applies results above the
 * customer segment's threshold through the
 * {@link io.github.receivables.reconciliation.matching.AllocationWriter} port and queues the rest
 * in the {@link io.github.receivables.reconciliation.matching.DecisionLog}. Money never uses
 * floating point; scores are integer basis points.
 */
package io.github.receivables.reconciliation.matching;
