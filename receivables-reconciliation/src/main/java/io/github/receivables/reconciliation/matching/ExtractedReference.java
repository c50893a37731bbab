package io.github.receivables.reconciliation.matching;

import java.util.Objects;

/**
 * A reference found in a bank line, already normalized as a lookup key.
 *
 * @param kind what the reference is; never null
 * @param key the key as {@link io.github.receivables.reconciliation.matching.index.ReferenceKeys}
 *     normalizes it, or the compact tax id for {@link Kind#TAX_ID}; never blank
 */
public record ExtractedReference(Kind kind, String key) {

    /** What a found reference is. */
    public enum Kind {
        /** The bank's structured creditor reference field, of an unknown or other scheme. */
        CREDITOR_REFERENCE,
        /** An ISO 11649 RF reference whose modulo 97 check passed. */
        RF,
        /** A Swiss QR reference whose modulo 10 check digit passed. */
        QR,
        /** A Swiss ESR/ISR reference. */
        ESR,
        /** A number introduced by a word such as "factura", "folio" or "invoice". */
        INVOICE_NUMBER,
        /** Any other word of the text that contains a digit; weaker evidence. */
        TOKEN,
        /** A tax id (for Chile a RUT whose check digit passed), in compact form. */
        TAX_ID
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if key is blank
     */
    public ExtractedReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("extracted reference of kind " + kind + " is blank");
        }
    }

    /**
     * Tells whether this reference identifies a document rather than a payer.
     *
     * @return false for a tax id, true otherwise
     */
    public boolean isDocumentReference() {
        return kind != Kind.TAX_ID;
    }
}
