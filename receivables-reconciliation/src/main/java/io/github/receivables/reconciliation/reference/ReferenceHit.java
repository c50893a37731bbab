package io.github.receivables.reconciliation.reference;

import java.util.Objects;

/**
 * One reference found in a text field.
 *
 * @param kind what was found; never null
 * @param value the normalized value: an invoice number as matched, an RF reference or QR/ESR
 *     reference without spaces and upper case, a RUT as {@code 12345678-5}, a structured
 *     reference in its printed form; never null
 * @param documentType the tax document type an invoice pattern captured (such as {@code 33}), or
 *     null
 * @param field the field searched, such as {@code details[0].remittance} or {@code entryReference};
 *     never null
 * @param start the offset of the first matched character in the field's text
 * @param end the offset after the last matched character in the field's text
 */
public record ReferenceHit(
        ReferenceKind kind, String value, String documentType, String field, int start, int end) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if kind, value or field is null
     * @throws IllegalArgumentException if the offsets do not form a non-empty range
     */
    public ReferenceHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(field, "field");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid range " + start + ".." + end);
        }
    }
}
