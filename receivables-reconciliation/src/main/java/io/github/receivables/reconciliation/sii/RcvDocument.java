package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One document of an SII sales register (Registro de Compras y Ventas, ventas), with the other
 * taxes of its continuation rows merged in. Amounts are in Chilean pesos, as the register keeps
 * them. Times are Chilean local times as the register writes them.
 *
 * <p>The customer's name and RUT are personal data when the buyer is a person; never log them
 * above DEBUG.
 *
 * @param position the file and line of the document's first row; never null
 * @param issuerRut the company whose register this is, from the reader options; never null
 * @param typeCode the SII document type (Tipo Doc), such as 33, 1 or more
 * @param saleType the kind of sale (Tipo Venta), such as {@code Del Giro}, or null
 * @param customerRut the buyer (Rut cliente); never null
 * @param customerName the buyer's name (Razon Social), or null
 * @param folio the document number (Folio), 1 or more
 * @param issueDate the issue date (Fecha Docto); never null
 * @param receptionTime when the SII received the document (Fecha Recepcion), or null
 * @param acknowledgedTime when the buyer acknowledged receipt of the goods or services
 *     (Fecha Acuse Recibo), or null
 * @param claimTime when the buyer claimed the document at the SII (Fecha Reclamo), or null
 * @param exempt the exempt amount (Monto Exento); never null
 * @param net the net amount (Monto Neto); never null
 * @param vat the VAT (Monto IVA); never null
 * @param total the total (Monto total), including VAT and other taxes; never null
 * @param otherTaxes the other taxes of the row and its continuation rows; never null
 * @param reference the referenced document, or null
 */
public record RcvDocument(
        SourcePosition position,
        Rut issuerRut,
        int typeCode,
        String saleType,
        Rut customerRut,
        String customerName,
        long folio,
        LocalDate issueDate,
        LocalDateTime receptionTime,
        LocalDateTime acknowledgedTime,
        LocalDateTime claimTime,
        Money exempt,
        Money net,
        Money vat,
        Money total,
        List<OtherTax> otherTaxes,
        RcvReference reference) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if typeCode or folio is not positive
     */
    public RcvDocument {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(issuerRut, "issuerRut");
        Objects.requireNonNull(customerRut, "customerRut");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(exempt, "exempt");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(total, "total");
        otherTaxes = List.copyOf(otherTaxes);
        if (typeCode < 1 || folio < 1) {
            throw new IllegalArgumentException("register row at " + position + " needs a positive"
                    + " type and folio, got type " + typeCode + " folio " + folio);
        }
    }

    /**
     * Tells whether the buyer claimed the document at the SII.
     *
     * @return true when Fecha Reclamo is set
     */
    public boolean isClaimed() {
        return claimTime != null;
    }

    /**
     * Returns the identifier this document gets in the SDK.
     *
     * @return {@code <issuer RUT>/<type>/<folio>}, such as {@code 76123456-0/33/1042}
     */
    public DocumentId documentId() {
        return SiiDocumentIds.documentId(issuerRut, typeCode, folio);
    }

    /**
     * Returns a copy with one more other tax, for a continuation row.
     *
     * @param tax the tax to add after those already present
     * @return the updated document
     */
    RcvDocument withOtherTax(OtherTax tax) {
        List<OtherTax> taxes = new ArrayList<>(otherTaxes);
        taxes.add(tax);
        return new RcvDocument(position, issuerRut, typeCode, saleType, customerRut,
                customerName, folio, issueDate, receptionTime, acknowledgedTime, claimTime, exempt,
                net, vat, total, taxes, reference);
    }
}
