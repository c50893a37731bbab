package io.github.receivables.core.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A link from one document to another, such as a credit note 61 pointing at the invoice 33 it
 * reduces.
 *
 * @param target the referenced document; never null
 * @param effect what this document does to the target; never null
 */
public record DocumentReference(
        @NotNull @Valid DocumentId target, @NotNull ReferenceEffect effect) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DocumentReference {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(effect, "effect");
    }
}
