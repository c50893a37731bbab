package io.github.receivables.reminders.plan;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.OpenItem;
import java.util.Objects;

/**
 * Identifies one open item: a document and an instalment.
 *
 * @param documentId the document; never null
 * @param instalment the 0-based instalment index, zero or more
 */
public record ItemRef(DocumentId documentId, int instalment) implements Comparable<ItemRef> {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if documentId is null
     * @throws IllegalArgumentException if instalment is negative
     */
    public ItemRef {
        Objects.requireNonNull(documentId, "documentId");
        if (instalment < 0) {
            throw new IllegalArgumentException("instalment of " + documentId
                    + " must not be negative, got " + instalment);
        }
    }

    /**
     * Returns the reference of an open item.
     *
     * @param item the item; never null
     * @return its reference; never null
     */
    public static ItemRef of(OpenItem item) {
        return new ItemRef(item.documentId(), item.instalment());
    }

    @Override
    public int compareTo(ItemRef other) {
        int byDocument = documentId.compareTo(other.documentId);
        return byDocument != 0 ? byDocument : Integer.compare(instalment, other.instalment);
    }

    /**
     * Returns the form used in keys and messages.
     *
     * @return such as {@code 76086428-5/33/1234#0}
     */
    @Override
    public String toString() {
        return documentId.value() + "#" + instalment;
    }
}
