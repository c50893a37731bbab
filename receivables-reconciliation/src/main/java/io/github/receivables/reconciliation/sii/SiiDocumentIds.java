package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import java.util.Objects;

/**
 * The identifiers the SII import gives documents and customers, so that a host can find a
 * document that a credit note references before or after importing it.
 *
 * <p>A document id is {@code <issuer RUT>/<type code>/<folio>}, such as {@code 76123456-0/33/1042}:
 * the SII makes the folio unique per issuer and type. A customer id is the buyer's RUT, such as
 * {@code 77654321-7}. RUTs are written without thousands dots, with a hyphen and an upper-case
 * check digit.
 */
public final class SiiDocumentIds {

    private SiiDocumentIds() {}

    /**
     * Builds the id of an SII document.
     *
     * @param issuerRut the issuer
     * @param typeCode the SII type code, such as 33
     * @param folio the folio, 1 or more
     * @return the id; never null
     * @throws NullPointerException if issuerRut is null
     * @throws IllegalArgumentException if typeCode or folio is not positive
     */
    public static DocumentId documentId(Rut issuerRut, int typeCode, long folio) {
        Objects.requireNonNull(issuerRut, "issuerRut");
        if (typeCode < 1 || folio < 1) {
            throw new IllegalArgumentException("SII document ids need a positive type and folio,"
                    + " got type " + typeCode + " folio " + folio);
        }
        return DocumentId.of(SiiValues.plainRut(issuerRut) + "/" + typeCode + "/" + folio);
    }

    /**
     * Builds the id of the customer with a RUT.
     *
     * @param rut the buyer's RUT
     * @return the id, such as {@code 77654321-7}; never null
     * @throws NullPointerException if rut is null
     */
    public static CustomerId customerId(Rut rut) {
        return CustomerId.of(SiiValues.plainRut(Objects.requireNonNull(rut, "rut")));
    }
}
