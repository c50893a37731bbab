/**
 * The built-in reference extractor and the check digit algorithms of RF, QR and ESR references.
 * A host may plug in its own
 * {@link io.github.receivables.reconciliation.matching.ReferenceExtractor}.
 */
package io.github.receivables.reconciliation.matching.extract;
