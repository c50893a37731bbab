package io.github.receivables.core.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The host's identifier of a document, unique across all its customers and kinds. For Chilean
 * documents a natural choice is issuer RUT, SII type code and folio, such as {@code 76086428-5/33/1234}.
 *
 * @param value the identifier, 1 to 100 characters
 */
public record DocumentId(@NotBlank @Size(max = 100) String value) implements Comparable<DocumentId> {

    /**
     * Validates the value.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank or longer than 100 characters
     */
    public DocumentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("document id '" + value
                    + "' must be 1 to 100 characters and not blank");
        }
    }

    /**
     * Creates an id.
     *
     * @param value the identifier
     * @return the id
     */
    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    @Override
    public int compareTo(DocumentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
