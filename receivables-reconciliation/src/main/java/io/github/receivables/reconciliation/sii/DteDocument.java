package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.SiiDocumentType;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One DTE (documento tributario electrónico) as read from SII XML, before it becomes a core
 * {@link io.github.receivables.core.document.Document} through {@link SiiDocumentMapper}.
 *
 * <p>The receiver's name and RUT are personal data when the buyer is a person; never log them
 * above DEBUG.
 *
 * @param position where the {@code DTE} element starts, such as
 *     {@code envio.xml line 17 (/EnvioDTE/SetDTE/DTE[1])}; never null
 * @param typeCode the SII document type (TipoDTE), such as 33; any positive code, including
 *     codes that {@link SiiDocumentType} does not list
 * @param folio the document number (Folio), 1 or more
 * @param issueDate the issue date (FchEmis), or null when the file has none
 * @param dueDate the due date (FchVenc), or null
 * @param paymentTerms the stated terms; {@link DtePaymentTerms#NONE} when none; never null
 * @param issuerRut the seller (RUTEmisor); never null
 * @param issuerName the seller's name (RznSoc, or RznSocEmisor on receipts), or null
 * @param receiverRut the buyer (RUTRecep); never null
 * @param receiverName the buyer's name (RznSocRecep), or null
 * @param totals the totals in the currency of the transaction; never null
 * @param otherCurrency the totals restated in a second currency (OtraMoneda), or null
 * @param instalments the payment schedule (MntPagos) in file order; empty when none; never null
 * @param references the Referencia rows in file order; empty when none; never null
 */
public record DteDocument(
        SourcePosition position,
        int typeCode,
        long folio,
        LocalDate issueDate,
        LocalDate dueDate,
        DtePaymentTerms paymentTerms,
        Rut issuerRut,
        String issuerName,
        Rut receiverRut,
        String receiverName,
        DteTotals totals,
        OtherCurrencyTotals otherCurrency,
        List<DteInstalment> instalments,
        List<DteReference> references) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if typeCode or folio is not positive, or an instalment is
     *     in another currency than the totals
     */
    public DteDocument {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(paymentTerms, "paymentTerms");
        Objects.requireNonNull(issuerRut, "issuerRut");
        Objects.requireNonNull(receiverRut, "receiverRut");
        Objects.requireNonNull(totals, "totals");
        instalments = List.copyOf(instalments);
        references = List.copyOf(references);
        if (typeCode < 1 || folio < 1) {
            throw new IllegalArgumentException("DTE at " + position + " needs a positive type and"
                    + " folio, got type " + typeCode + " folio " + folio);
        }
        for (DteInstalment instalment : instalments) {
            if (!instalment.amount().currency().equals(totals.currency())) {
                throw new IllegalArgumentException("DTE at " + position + " has an instalment in "
                        + instalment.amount().currency() + " but totals in " + totals.currency());
            }
        }
    }

    /**
     * Returns the currency the buyer pays in.
     *
     * @return CLP for national documents, the TpoMoneda currency for exports; never null
     */
    public Currency currency() {
        return totals.currency();
    }

    /**
     * Returns the SII type when {@link SiiDocumentType} lists the code.
     *
     * @return the type, or empty for a code outside {@link SiiDocumentType}, such as 43
     */
    public Optional<SiiDocumentType> findSiiType() {
        return Arrays.stream(SiiDocumentType.values())
                .filter(type -> type.code() == typeCode)
                .findFirst();
    }

    /**
     * Returns the identifier this document gets in the SDK.
     *
     * @return {@code <issuer RUT>/<type>/<folio>}, such as {@code 76123456-0/33/1042}
     */
    public DocumentId documentId() {
        return SiiDocumentIds.documentId(issuerRut, typeCode, folio);
    }
}
