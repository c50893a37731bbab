package io.github.receivables.reconciliation.statement;

/**
 * How the bank classifies an entry. Any part may be null when the file does not give it.
 *
 * @param domain ISO 20022 domain code, such as {@code PMNT}
 * @param family ISO 20022 family code, such as {@code RCDT}
 * @param subFamily ISO 20022 sub-family code, such as {@code ESCT}
 * @param proprietary a bank or scheme code as written: camt {@code Prtry/Cd}, MT940 transaction
 *     type such as {@code NTRF}, BAI2 type code such as {@code 195}, OFX TRNTYPE
 * @param issuer who defines the proprietary code, such as {@code SWIFT}, {@code BAI} or a bank name
 */
public record BankTransactionCode(
        String domain, String family, String subFamily, String proprietary, String issuer) {

    /** A code with no part known. */
    public static final BankTransactionCode UNKNOWN = new BankTransactionCode(null, null, null, null, null);

    /**
     * Creates a code that has only a proprietary part.
     *
     * @param code the code as written
     * @param issuer who defines it, or null
     * @return the code
     */
    public static BankTransactionCode proprietary(String code, String issuer) {
        return new BankTransactionCode(null, null, null, code, issuer);
    }
}
