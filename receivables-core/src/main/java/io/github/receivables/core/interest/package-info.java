/**
 * Late interest and fees as explicit policy data: daily simple interest over a table of rate
 * periods with an explicit day count, a fixed or percentage fee, a cap, and rounding per currency.
 * Results become interest and fee charges, documents of their own. No rate is built in.
 */
package io.github.receivables.core.interest;
