package io.github.receivables.reconciliation.matching;

/**
 * The maximum points each kind of evidence adds to a candidate's score, in basis points. A
 * candidate's score is the sum of its evidence points, capped at 10,000. With the defaults these
 * pass the default auto-apply threshold of 9,000: an exact reference with an exact amount
 * (10,000), a tax id with an exact amount and a similar payer name (about 9,500 to 10,000), a
 * customer's unique name with an exact amount (about 9,400), and an exact reference with a
 * partial amount and a similar payer name (about 9,000 to 9,500). An amount alone (4,000 plus at
 * most 500 for the date) never does.
 *
 * @param reference an exact reference (strength 10,000) or a fuzzy one (lower strength)
 * @param payerTaxId the payer's tax id equals the customer's
 * @param payerAccount the payer's account belongs to the customer
 * @param payerName the payer's name resembles the customer's
 * @param payerNameUnique the payer's normalized name is that of exactly one customer
 * @param amountExact the amount equals what is open (also for an exact subset sum)
 * @param amountTolerance the amount is within tolerance of what is open
 * @param amountPartial the amount is below or above what is open beyond tolerance
 * @param date the line's date is near the due or promised date
 */
public record ScoringWeights(
        int reference,
        int payerTaxId,
        int payerAccount,
        int payerName,
        int payerNameUnique,
        int amountExact,
        int amountTolerance,
        int amountPartial,
        int date) {

    /** The weights described above. */
    public static final ScoringWeights DEFAULT =
            new ScoringWeights(6_000, 4_500, 3_500, 1_500, 3_500, 4_000, 3_500, 1_500, 500);

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a weight is outside 0 to 10,000
     */
    public ScoringWeights {
        int[] all = {reference, payerTaxId, payerAccount, payerName, payerNameUnique, amountExact,
            amountTolerance, amountPartial, date};
        for (int weight : all) {
            if (weight < 0 || weight > 10_000) {
                throw new IllegalArgumentException("weight " + weight
                        + " bp is outside 0 to 10000");
            }
        }
    }
}
