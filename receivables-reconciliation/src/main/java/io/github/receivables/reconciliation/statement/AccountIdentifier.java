package io.github.receivables.reconciliation.statement;

/**
 * A bank account as a file identifies it. At least one of {@code iban} and {@code other} is set.
 *
 * @param iban the IBAN without spaces, or null when the file gives none
 * @param other any other identifier (domestic account number, MT940 :25: value, BAI2 account
 *     number), or null
 * @param bic the servicing bank's BIC or routing code, or null
 */
public record AccountIdentifier(String iban, String other, String bic) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if neither {@code iban} nor {@code other} is set
     */
    public AccountIdentifier {
        if (iban == null && other == null) {
            throw new IllegalArgumentException("an account needs an IBAN or another identifier");
        }
    }

    /**
     * Returns the IBAN if present, else the other identifier.
     *
     * @return the most specific identifier; never null
     */
    public String value() {
        return iban != null ? iban : other;
    }

    /**
     * Returns the identifier with all but its last four characters masked, for logs and messages.
     *
     * @return the masked identifier, such as {@code ****5678}; never null
     */
    public String masked() {
        String value = value();
        int visible = Math.min(4, value.length());
        return "*".repeat(value.length() - visible) + value.substring(value.length() - visible);
    }
}
