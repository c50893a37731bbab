/**
 * Debtors and how to reach them: customers, tax identifiers (Chile's RUT built in, other
 * countries through {@link io.github.receivables.core.party.TaxIdScheme}), contact points with
 * consent, and the legal regime that decides which collection rules apply.
 */
package io.github.receivables.core.party;
