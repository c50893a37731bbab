/**
 * Aging of receivables as of any day: open balances per customer and currency in configurable
 * day buckets, by due date or issue date, with credits shown apart from what is owed.
 */
package io.github.receivables.core.aging;
