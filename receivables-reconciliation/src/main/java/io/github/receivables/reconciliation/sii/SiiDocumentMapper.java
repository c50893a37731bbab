package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.ReceivablesException;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DisputeReason;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.DocumentReference;
import io.github.receivables.core.document.PaymentTerms;
import io.github.receivables.core.document.SiiDocumentType;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.DebtorRegime;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns DTEs and sales register rows into core customers and documents.
 *
 * <p>The document id is {@code <issuer RUT>/<type>/<folio>} and the customer id the buyer's RUT
 * (see {@link SiiDocumentIds}). The customer speaks es-CL in zone America/Santiago and is a
 * consumer for receipts (39, 41), a company otherwise. The document's tax is the VAT. References
 * follow {@link SiiReferenceRules}.
 *
 * <p>The due date of a DTE comes from, in order: its MntPagos rows (one instalment each), FchVenc,
 * the issue date for FmaPago 1 (contado), TermPagoDias counted from reception, else the mapper's
 * {@link Builder#paymentTerms payment terms}. A register row has no due date, so the payment
 * terms apply to its issue and reception dates. The default counts 30 days from reception, as
 * Chile's invoice payment term law does. A credit note is due on its issue date.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SiiDocumentMapper {

    /** The default payment terms: 30 days from reception, or from issue when unknown. */
    public static final PaymentTerms DEFAULT_TERMS = PaymentTerms.daysFromReception(30);

    private static final Locale SPANISH_CHILE = Locale.forLanguageTag("es-CL");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private final PaymentTerms terms;
    private final Rut sellerRut;

    private SiiDocumentMapper(Builder builder) {
        this.terms = builder.terms;
        this.sellerRut = builder.sellerRut;
    }

    /**
     * Starts a builder with the default payment terms and no seller check.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Maps one DTE.
     *
     * @param dte the DTE as read
     * @return the customer and document, or why there is nothing to collect; never null
     * @throws NullPointerException if dte is null
     * @throws NotReceivableException for a purchase invoice (46), a dispatch guide (52), or a
     *     DTE issued by another RUT than the configured seller
     * @throws InvalidValueException for a type the SDK does not support (such as 43), or
     *     amounts and instalments that break the document's invariants
     * @throws MalformedStatementException if the DTE has no issue date (FchEmis)
     */
    public MappingResult map(DteDocument dte) {
        Objects.requireNonNull(dte, "dte");
        String label = "DTE type " + dte.typeCode() + " folio " + dte.folio();
        SiiDocumentType type = supportedType(dte.typeCode(), dte.position(), label);
        checkSeller(dte, label);
        DocumentKind kind = receivableKind(type, dte.position(), label);

        List<DocumentReference> references = new ArrayList<>();
        dte.references().forEach(reference ->
                SiiReferenceRules.fromDte(dte, reference).ifPresent(references::add));
        Optional<String> skipReason = skipReason(dte);
        if (skipReason.isPresent()) {
            return new MappingResult.Skipped(dte.position(), dte.documentId(),
                    label + " " + skipReason.get(), references);
        }
        if (dte.issueDate() == null) {
            throw new MalformedStatementException(dte.position(), label + " has no issue date"
                    + " (FchEmis): expected yyyy-MM-dd in Encabezado/IdDoc/FchEmis");
        }

        Document.Builder document = Document.builder(dte.documentId(),
                        SiiDocumentIds.customerId(dte.receiverRut()), kind)
                .number(Long.toString(dte.folio()))
                .siiType(type)
                .issueDate(dte.issueDate())
                .total(dte.totals().total())
                .tax(dte.totals().vat());
        references.forEach(reference -> document.reference(reference.target(), reference.effect()));
        if (kind.isReceivable()) {
            applyDueDate(document, dte);
        }

        Customer customer = customer(dte.receiverRut(), dte.receiverName(), type);
        return new MappingResult.Mapped(customer, build(document, dte.position(), label));
    }

    /**
     * Maps one sales register document. A claimed document (Fecha Reclamo set) is
     * {@link CollectionStatus.Disputed disputed} with {@link DisputeReason#TAX_AUTHORITY_CLAIM}
     * since the claim date, so reminders leave it alone.
     *
     * @param row the register document as read
     * @return the customer and document, or why there is nothing to collect; never null
     * @throws NullPointerException if row is null
     * @throws NotReceivableException for a purchase invoice (46) or a dispatch guide (52)
     * @throws InvalidValueException for a type the SDK does not support, or amounts that break
     *     the document's invariants (such as VAT above the total)
     */
    public MappingResult map(RcvDocument row) {
        Objects.requireNonNull(row, "row");
        String label = "register document type " + row.typeCode() + " folio " + row.folio();
        SiiDocumentType type = supportedType(row.typeCode(), row.position(), label);
        DocumentKind kind = receivableKind(type, row.position(), label);

        List<DocumentReference> references = SiiReferenceRules.fromRcv(row).stream().toList();
        if (!row.total().isPositive()) {
            return new MappingResult.Skipped(row.position(), row.documentId(), label
                    + " has total " + row.total() + ", so there is nothing to collect", references);
        }

        LocalDate reception = row.receptionTime() == null
                ? null : row.receptionTime().toLocalDate();
        Document.Builder document = Document.builder(row.documentId(),
                        SiiDocumentIds.customerId(row.customerRut()), kind)
                .number(Long.toString(row.folio()))
                .siiType(type)
                .issueDate(row.issueDate())
                .receptionDate(reception)
                .total(row.total())
                .tax(row.vat())
                .paymentTerms(terms);
        references.forEach(reference -> document.reference(reference.target(), reference.effect()));
        if (row.isClaimed()) {
            document.status(new CollectionStatus.Disputed(DisputeReason.TAX_AUTHORITY_CLAIM,
                    row.claimTime().toLocalDate()));
        }

        Customer customer = customer(row.customerRut(), row.customerName(), type);
        return new MappingResult.Mapped(customer, build(document, row.position(), label));
    }

    private void applyDueDate(Document.Builder document, DteDocument dte) {
        if (!dte.instalments().isEmpty()) {
            dte.instalments().stream()
                    .sorted(Comparator.comparing(DteInstalment::dueDate))
                    .forEach(instalment -> document.instalment(instalment.dueDate(),
                            instalment.amount()));
        } else if (dte.dueDate() != null) {
            document.dueDate(dte.dueDate());
        } else if (dte.paymentTerms().form() == PaymentForm.CASH) {
            document.dueDate(dte.issueDate());
        } else if (dte.paymentTerms().days() != null) {
            document.paymentTerms(PaymentTerms.daysFromReception(dte.paymentTerms().days()));
        } else {
            document.paymentTerms(terms);
        }
    }

    private static Optional<String> skipReason(DteDocument dte) {
        if (dte.paymentTerms().form() == PaymentForm.FREE_OF_CHARGE) {
            return Optional.of("is handed over free of charge (FmaPago 3), so the buyer owes"
                    + " nothing");
        }
        Money total = dte.totals().total();
        if (!total.isPositive()) {
            return Optional.of("has total " + total + ", so there is nothing to collect or"
                    + " credit");
        }
        return Optional.empty();
    }

    private void checkSeller(DteDocument dte, String label) {
        if (sellerRut != null && !sellerRut.equals(dte.issuerRut())) {
            throw new NotReceivableException(dte.position(), label + " was issued by another"
                    + " RUT than the configured seller " + SiiValues.plainRut(sellerRut)
                    + ": a supplier's document is a payable; import it into accounts payable");
        }
    }

    private static SiiDocumentType supportedType(int code, SourcePosition position,
            String label) {
        try {
            return SiiDocumentType.ofCode(code);
        } catch (ReceivablesException e) {
            throw new InvalidValueException(position, label + ": " + e.getMessage()
                    + "; skip this document or import it by other means", e);
        }
    }

    private static DocumentKind receivableKind(SiiDocumentType type, SourcePosition position,
            String label) {
        try {
            return type.requireReceivableKind();
        } catch (ReceivablesException e) {
            throw new NotReceivableException(position, label + ": " + e.getMessage());
        }
    }

    private static Customer customer(Rut rut, String name, SiiDocumentType type) {
        boolean receipt = type == SiiDocumentType.BOLETA_ELECTRONICA
                || type == SiiDocumentType.BOLETA_EXENTA_ELECTRONICA;
        String displayName = name == null || name.isBlank() ? SiiValues.plainRut(rut) : name;
        return Customer.builder(SiiDocumentIds.customerId(rut), displayName)
                .taxId(rut)
                .regime(receipt ? DebtorRegime.CONSUMER : DebtorRegime.COMPANY)
                .locale(SPANISH_CHILE)
                .zone(SANTIAGO)
                .build();
    }

    private static Document build(Document.Builder document, SourcePosition position,
            String label) {
        try {
            return document.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidValueException(position, label + " cannot become a document: "
                    + e.getMessage(), e);
        }
    }

    /** Builds a {@link SiiDocumentMapper}. Not thread-safe. */
    public static final class Builder {
        private PaymentTerms terms = DEFAULT_TERMS;
        private Rut sellerRut;

        private Builder() {}

        /**
         * Sets the terms for documents that state no due date; defaults to
         * {@link #DEFAULT_TERMS}.
         *
         * @param value the payment terms
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder paymentTerms(PaymentTerms value) {
            this.terms = Objects.requireNonNull(value, "paymentTerms");
            return this;
        }

        /**
         * Makes the mapper reject DTEs that another RUT issued, such as supplier invoices mixed
         * into a folder of sales. Unset by default, so any issuer is accepted.
         *
         * @param value the seller's RUT
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder sellerRut(Rut value) {
            this.sellerRut = Objects.requireNonNull(value, "sellerRut");
            return this;
        }

        /**
         * Builds the mapper.
         *
         * @return the mapper
         */
        public SiiDocumentMapper build() {
            return new SiiDocumentMapper(this);
        }
    }
}
