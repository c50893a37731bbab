package io.github.receivables.core.document;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice, debit note, credit note or charge as issued. What is still open is derived from
 * allocations by the ledger, never stored here. Build one with {@link #builder}.
 *
 * <p>Invariants: total and tax are in one currency, tax is between zero and the total, and the
 * instalments of a receivable add up exactly to its total. A credit note has one instalment at
 * its issue date (the day its credit is available).
 *
 * @param id the host's identifier; never null
 * @param customerId the debtor; never null
 * @param kind what the document does to the balance; never null
 * @param number the number people quote, such as the SII folio; never blank
 * @param siiType the Chilean SII type, or null for documents of other countries
 * @param issueDate the issue date; never null
 * @param receptionDate the day the buyer received the document, or null when unknown
 * @param instalments the due dates and amounts, in date order; never empty
 * @param total the total including tax, positive; never null
 * @param tax the tax included in the total, zero or more; never null
 * @param references links to other documents; never null
 * @param status where the document stands in collection; never null
 */
public record Document(
        @NotNull @Valid DocumentId id,
        @NotNull @Valid CustomerId customerId,
        @NotNull DocumentKind kind,
        @NotBlank @Size(max = 40) String number,
        SiiDocumentType siiType,
        @NotNull LocalDate issueDate,
        LocalDate receptionDate,
        @NotNull @Size(min = 1) List<@Valid Instalment> instalments,
        @NotNull Money total,
        @NotNull Money tax,
        @NotNull List<@Valid DocumentReference> references,
        @NotNull CollectionStatus status) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if an invariant of the class does not hold, naming the
     *     document and the values
     */
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(status, "status");
        instalments = List.copyOf(instalments);
        references = List.copyOf(references);
        validate(id, kind, number, siiType, total, tax, instalments);
    }

    private static void validate(DocumentId id, DocumentKind kind, String number,
            SiiDocumentType siiType, Money total, Money tax, List<Instalment> instalments) {
        if (number.isBlank()) {
            throw new IllegalArgumentException("document " + id + " has a blank number");
        }
        if (!total.isPositive()) {
            throw new IllegalArgumentException("document " + id + " must have a positive total, got "
                    + total);
        }
        if (tax.isNegative() || tax.isGreaterThan(total)) {
            throw new IllegalArgumentException("document " + id + " has tax " + tax
                    + " outside 0 to the total " + total);
        }
        if (instalments.isEmpty()) {
            throw new IllegalArgumentException("document " + id + " needs a due date or instalments");
        }
        Money sum = Money.zero(total.currency());
        LocalDate previous = null;
        for (Instalment instalment : instalments) {
            sum = sum.plus(instalment.amount());
            if (previous != null && instalment.dueDate().isBefore(previous)) {
                throw new IllegalArgumentException("document " + id
                        + " has instalments out of date order at " + instalment.dueDate());
            }
            previous = instalment.dueDate();
        }
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("document " + id + " has instalments adding up to "
                    + sum + " but a total of " + total);
        }
        if (siiType != null && siiType.receivableKind().orElse(null) != kind) {
            throw new IllegalArgumentException("document " + id + " is SII type " + siiType.code()
                    + " which does not match kind " + kind);
        }
    }

    /**
     * Starts a builder.
     *
     * @param id the host's identifier
     * @param customerId the debtor
     * @param kind the kind of document
     * @return a builder
     */
    public static Builder builder(DocumentId id, CustomerId customerId, DocumentKind kind) {
        return new Builder(id, customerId, kind);
    }

    /**
     * Returns the currency of the document.
     *
     * @return the currency of the total
     */
    public Currency currency() {
        return total.currency();
    }

    /**
     * Returns the first due date.
     *
     * @return the due date of the first instalment
     */
    public LocalDate dueDate() {
        return instalments.get(0).dueDate();
    }

    /**
     * Returns the last due date.
     *
     * @return the due date of the last instalment
     */
    public LocalDate finalDueDate() {
        return instalments.get(instalments.size() - 1).dueDate();
    }

    /**
     * Returns the reception date.
     *
     * @return the day the buyer received the document, or empty when unknown
     */
    public Optional<LocalDate> findReceptionDate() {
        return Optional.ofNullable(receptionDate);
    }

    /**
     * Returns a copy in another collection status.
     *
     * @param newStatus the status
     * @return the updated document
     */
    public Document withStatus(CollectionStatus newStatus) {
        return new Document(id, customerId, kind, number, siiType, issueDate, receptionDate,
                instalments, total, tax, references, newStatus);
    }

    /**
     * Builds a {@link Document}. A due date comes from, in order: explicit instalments, an explicit
     * due date, or payment terms. Not thread-safe.
     */
    public static final class Builder {
        private final DocumentId id;
        private final CustomerId customerId;
        private final DocumentKind kind;
        private String number;
        private SiiDocumentType siiType;
        private LocalDate issueDate;
        private LocalDate receptionDate;
        private LocalDate dueDate;
        private PaymentTerms terms;
        private final List<Instalment> instalments = new ArrayList<>();
        private Money total;
        private Money tax;
        private final List<DocumentReference> references = new ArrayList<>();
        private CollectionStatus status = CollectionStatus.ACTIVE;

        private Builder(DocumentId id, CustomerId customerId, DocumentKind kind) {
            this.id = Objects.requireNonNull(id, "id");
            this.customerId = Objects.requireNonNull(customerId, "customerId");
            this.kind = Objects.requireNonNull(kind, "kind");
            this.number = id.value();
        }

        /**
         * Sets the number people quote; defaults to the id.
         *
         * @param value the number, such as a folio
         * @return this builder
         */
        public Builder number(String value) {
            this.number = Objects.requireNonNull(value, "number");
            return this;
        }

        /**
         * Sets the Chilean SII document type.
         *
         * @param value the type; it must map to this builder's kind
         * @return this builder
         */
        public Builder siiType(SiiDocumentType value) {
            this.siiType = value;
            return this;
        }

        /**
         * Sets the issue date.
         *
         * @param value the issue date
         * @return this builder
         */
        public Builder issueDate(LocalDate value) {
            this.issueDate = Objects.requireNonNull(value, "issueDate");
            return this;
        }

        /**
         * Sets the day the buyer received the document.
         *
         * @param value the reception date, or null when unknown
         * @return this builder
         */
        public Builder receptionDate(LocalDate value) {
            this.receptionDate = value;
            return this;
        }

        /**
         * Sets a single due date for the whole total.
         *
         * @param value the due date
         * @return this builder
         * @throws IllegalStateException if instalments were added
         */
        public Builder dueDate(LocalDate value) {
            if (!instalments.isEmpty()) {
                throw new IllegalStateException("document " + id
                        + " already has instalments; set either a due date or instalments");
            }
            this.dueDate = Objects.requireNonNull(value, "dueDate");
            return this;
        }

        /**
         * Sets the rule that gives the due date when none is set explicitly.
         *
         * @param value the payment terms
         * @return this builder
         */
        public Builder paymentTerms(PaymentTerms value) {
            this.terms = Objects.requireNonNull(value, "paymentTerms");
            return this;
        }

        /**
         * Adds an instalment after those already added.
         *
         * @param due the due date
         * @param amount the amount due that day
         * @return this builder
         * @throws IllegalStateException if a single due date was set
         */
        public Builder instalment(LocalDate due, Money amount) {
            if (dueDate != null) {
                throw new IllegalStateException("document " + id
                        + " already has due date " + dueDate + "; set either a due date or instalments");
            }
            instalments.add(new Instalment(due, amount));
            return this;
        }

        /**
         * Sets the total including tax, and zero tax unless {@link #tax} is called.
         *
         * @param value the total, positive
         * @return this builder
         */
        public Builder total(Money value) {
            this.total = Objects.requireNonNull(value, "total");
            return this;
        }

        /**
         * Sets the tax included in the total.
         *
         * @param value the tax, zero or more
         * @return this builder
         */
        public Builder tax(Money value) {
            this.tax = Objects.requireNonNull(value, "tax");
            return this;
        }

        /**
         * Adds a reference to another document.
         *
         * @param target the referenced document
         * @param effect what this document does to it
         * @return this builder
         */
        public Builder reference(DocumentId target, ReferenceEffect effect) {
            references.add(new DocumentReference(target, effect));
            return this;
        }

        /**
         * Sets the collection status; defaults to active.
         *
         * @param value the status
         * @return this builder
         */
        public Builder status(CollectionStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * Builds the document.
         *
         * @return the document
         * @throws IllegalStateException if the issue date or total is missing, or no due date can
         *     be found for a receivable
         * @throws IllegalArgumentException if an invariant of {@link Document} does not hold
         */
        public Document build() {
            if (issueDate == null) {
                throw new IllegalStateException("document " + id + " needs an issue date");
            }
            if (total == null) {
                throw new IllegalStateException("document " + id + " needs a total");
            }
            Money effectiveTax = tax != null ? tax : Money.zero(total.currency());
            return new Document(id, customerId, kind, number, siiType, issueDate, receptionDate,
                    effectiveInstalments(), total, effectiveTax, references, status);
        }

        private List<Instalment> effectiveInstalments() {
            if (!instalments.isEmpty()) {
                return instalments;
            }
            if (dueDate != null) {
                return List.of(new Instalment(dueDate, total));
            }
            if (!kind.isReceivable()) {
                return List.of(new Instalment(issueDate, total));
            }
            if (terms == null) {
                throw new IllegalStateException("document " + id
                        + " has no due date: set a due date, instalments or payment terms");
            }
            return List.of(new Instalment(terms.dueDate(issueDate, receptionDate), total));
        }
    }
}
