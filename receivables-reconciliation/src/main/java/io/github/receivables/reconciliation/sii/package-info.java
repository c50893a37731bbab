/**
 * Import of Chilean tax documents issued through the SII (Servicio de Impuestos Internos):
 * {@link io.github.receivables.reconciliation.sii.DteReader} reads DTE XML (one DTE or an
 * EnvioDTE), {@link io.github.receivables.reconciliation.sii.RcvSalesReader} reads the sales
 * register export (RCV ventas), and
 * {@link io.github.receivables.reconciliation.sii.SiiDocumentMapper} turns both into core
 * customers and documents with their credit and debit note references and the buyer's claims.
 *
 * <p>Both readers stream: they hand over one document at a time through a handler, so files of
 * any size are read in constant memory. Errors are the
 * {@link io.github.receivables.reconciliation.statement.StatementException} subclasses of the
 * statement readers and name the file, the line and the XML path or column.
 */
package io.github.receivables.reconciliation.sii;
