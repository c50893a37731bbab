package io.github.receivables.reconciliation.sii;

/**
 * The document a sales register row references, from the columns Tipo Docto. Referencia and
 * Folio Docto. Referencia. A credit note (61) names here the invoice it credits.
 *
 * @param typeCode the referenced SII type code, such as 33, 1 or more
 * @param folio the referenced folio, 1 or more
 */
public record RcvReference(int typeCode, long folio) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if typeCode or folio is not positive
     */
    public RcvReference {
        if (typeCode < 1 || folio < 1) {
            throw new IllegalArgumentException("referenced document needs a positive type and"
                    + " folio, got type " + typeCode + " folio " + folio);
        }
    }
}
