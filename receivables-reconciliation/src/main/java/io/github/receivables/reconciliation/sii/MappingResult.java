package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentReference;
import io.github.receivables.core.party.Customer;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.util.List;
import java.util.Objects;

/** The outcome of mapping one tax document with {@link SiiDocumentMapper}. */
public sealed interface MappingResult {

    /**
     * The document is a receivable (or a credit note against one) for the customer.
     *
     * @param customer the buyer, built from RUT and name; never null
     * @param document the document; never null
     */
    record Mapped(Customer customer, Document document) implements MappingResult {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Mapped {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(document, "document");
        }
    }

    /**
     * The document is valid but leaves nothing to collect or credit, such as a credit note that
     * only corrects text (its total is zero) or goods handed over free of charge.
     *
     * @param position where the document is; never null
     * @param documentId the id the document would have; never null
     * @param reason why nothing was mapped; never null
     * @param references the document's references with their effects, so that a host can still
     *     record a text correction; never null
     */
    record Skipped(SourcePosition position, DocumentId documentId, String reason,
            List<DocumentReference> references) implements MappingResult {
        /**
         * Validates and copies the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Skipped {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(reason, "reason");
            references = List.copyOf(references);
        }
    }
}
