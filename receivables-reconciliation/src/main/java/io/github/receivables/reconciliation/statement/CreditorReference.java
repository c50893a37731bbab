package io.github.receivables.reconciliation.statement;

import java.util.Objects;

/**
 * A structured reference the payer quoted, as the bank delivered it.
 *
 * @param value the reference as written; never null
 * @param type the scheme as given by the file, such as {@code SCOR} (ISO 11649), {@code QRR}
 *     (Swiss QR), {@code ISR}/{@code ESR}, or null when the file does not say
 */
public record CreditorReference(String value, String type) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if value is null
     */
    public CreditorReference {
        Objects.requireNonNull(value, "value");
    }
}
