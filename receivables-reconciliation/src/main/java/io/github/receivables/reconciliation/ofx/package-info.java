/**
 * Reader for OFX bank and credit card statements in OFX 1.x SGML and OFX 2.x XML. Start at
 * {@link io.github.receivables.reconciliation.ofx.OfxReader}.
 */
package io.github.receivables.reconciliation.ofx;
