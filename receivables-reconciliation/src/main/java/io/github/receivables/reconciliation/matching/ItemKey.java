package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.OpenItem;
import java.util.Objects;

/**
 * Identifies one instalment of a document, the unit that matching settles.
 *
 * @param documentId the document; never null
 * @param instalment the 0-based instalment index, zero or more
 */
public record ItemKey(DocumentId documentId, int instalment) implements Comparable<ItemKey> {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if documentId is null
     * @throws IllegalArgumentException if instalment is negative
     */
    public ItemKey {
        Objects.requireNonNull(documentId, "documentId");
        if (instalment < 0) {
            throw new IllegalArgumentException("instalment of " + documentId
                    + " must be zero or more, got " + instalment);
        }
    }

    /**
     * Returns the key of an open item.
     *
     * @param item the open item; never null
     * @return its key
     */
    public static ItemKey of(OpenItem item) {
        return new ItemKey(item.documentId(), item.instalment());
    }

    @Override
    public int compareTo(ItemKey other) {
        int byDocument = documentId.compareTo(other.documentId);
        return byDocument != 0 ? byDocument : Integer.compare(instalment, other.instalment);
    }

    @Override
    public String toString() {
        return documentId + "#" + instalment;
    }
}
