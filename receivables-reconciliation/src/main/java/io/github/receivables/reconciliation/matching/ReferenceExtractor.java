package io.github.receivables.reconciliation.matching;

import io.github.receivables.reconciliation.matching.extract.BasicReferenceExtractor;
import io.github.receivables.reconciliation.matching.extract.SharedReferenceExtractor;
import java.util.List;

/**
 * Finds references and payer tax ids in a bank line: its structured creditor reference and its
 * remittance text. Implementations must be thread-safe and must not log the text above DEBUG.
 */
@FunctionalInterface
public interface ReferenceExtractor {

    /**
     * Extracts the references of a line.
     *
     * @param line the line; never null
     * @return the references found, strongest kinds first, without duplicates; never null
     */
    List<ExtractedReference> extract(BankLine line);

    /**
     * Returns the built-in extractor: creditor reference, RF (modulo 97), Swiss QR (modulo 10
     * recursive), invoice numbers after a keyword, other words with digits, and Chilean RUTs
     * with a valid check digit.
     *
     * @return a shared, thread-safe extractor
     */
    static ReferenceExtractor basic() {
        return BasicReferenceExtractor.INSTANCE;
    }

    /**
     * Returns the default extractor: the shared reference extraction of the statement readers
     * (invoice patterns, RF, QR, ESR, RUT and our structured payment reference), completed by
     * the words with digits that {@link #basic()} finds.
     *
     * @return a shared, thread-safe extractor
     */
    static ReferenceExtractor standard() {
        return SharedReferenceExtractor.STANDARD;
    }
}
