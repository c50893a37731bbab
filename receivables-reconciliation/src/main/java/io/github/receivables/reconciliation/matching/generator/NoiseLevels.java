package io.github.receivables.reconciliation.matching.generator;

/**
 * How noisy generated bank lines are. Every rate is in basis points (10,000 = always) and is
 * drawn independently per line unless stated.
 *
 * @param missingReferenceBp the line quotes no document reference at all
 * @param typoBp the quoted number has one typo (a wrong digit or two neighbours swapped)
 * @param truncationBp the quoted number lost its last one or two characters
 * @param payerNameVariantBp the payer name differs from the customer name: an abbreviation, a
 *     bank-truncated name, or another person paying (one third each)
 * @param bankTaxIdBp the bank gives the payer's RUT
 * @param textTaxIdBp the payer writes its RUT in the remittance text
 * @param knownAccountBp a customer's paying account is known to the host (drawn per customer)
 * @param otherAccountBp the payer pays from an account other than the customer's usual one
 * @param duplicateAmountBp an invoice's amount comes from a small pool of round amounts shared
 *     across customers (drawn per invoice)
 */
public record NoiseLevels(
        int missingReferenceBp,
        int typoBp,
        int truncationBp,
        int payerNameVariantBp,
        int bankTaxIdBp,
        int textTaxIdBp,
        int knownAccountBp,
        int otherAccountBp,
        int duplicateAmountBp) {

    /**
     * The standard levels of the accuracy test: 10% missing references, 8% typos, 4%
     * truncations, 30% differing payer names, 70% bank-given RUTs, 10% RUTs in text, 50% known
     * accounts, 10% other accounts, 15% shared round amounts.
     */
    public static final NoiseLevels STANDARD =
            new NoiseLevels(1_000, 800, 400, 3_000, 7_000, 1_000, 5_000, 1_000, 1_500);

    /**
     * Validates the rates.
     *
     * @throws IllegalArgumentException if a rate is outside 0 to 10,000
     */
    public NoiseLevels {
        int[] all = {missingReferenceBp, typoBp, truncationBp, payerNameVariantBp, bankTaxIdBp,
            textTaxIdBp, knownAccountBp, otherAccountBp, duplicateAmountBp};
        for (int rate : all) {
            if (rate < 0 || rate > 10_000) {
                throw new IllegalArgumentException("noise rate " + rate
                        + " bp is outside 0 to 10000");
            }
        }
    }
}
