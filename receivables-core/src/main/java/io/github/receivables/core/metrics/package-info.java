/**
 * Portfolio metrics (DSO and its countback form, best possible DSO, average days delinquent,
 * collection effectiveness index, average days to pay, concentration and overdue ratio) and
 * per-customer payment behaviour with a risk segment. Every ratio is a {@link java.math.BigDecimal}
 * with an explicit scale and rounding; no floating point is used.
 */
package io.github.receivables.core.metrics;
