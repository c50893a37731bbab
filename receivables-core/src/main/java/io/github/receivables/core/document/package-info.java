/**
 * Receivable documents: invoices, debit and credit notes and charges, with instalments, payment
 * terms, references between documents, the Chilean SII document types, and collection status.
 */
package io.github.receivables.core.document;
