/**
 * Money as an exact count of a currency's minor units, with explicit rounding and lossless
 * splitting.
 */
package io.github.receivables.core.money;
