package io.github.receivables.reconciliation.matching;

/**
 * Limits on the search for several items of one customer whose open amounts add up to a line.
 * When a customer has more open items than {@code maxItems}, or the search takes more than
 * {@code maxSteps} steps, a solution found so far is only a suggestion for review.
 *
 * @param maxItems the most open items of one customer considered, at least 2
 * @param maxSteps the most search steps per line, at least 1
 * @param maxCreditNotes the most open credit notes of the customer tried as netting, zero or more
 */
public record SubsetSearchBudget(int maxItems, int maxSteps, int maxCreditNotes) {

    /** 24 items, 200,000 steps and 4 credit notes. */
    public static final SubsetSearchBudget DEFAULT = new SubsetSearchBudget(24, 200_000, 4);

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a limit is below its minimum
     */
    public SubsetSearchBudget {
        if (maxItems < 2 || maxSteps < 1 || maxCreditNotes < 0) {
            throw new IllegalArgumentException("subset search budget needs maxItems >= 2,"
                    + " maxSteps >= 1 and maxCreditNotes >= 0, got " + maxItems + ", " + maxSteps
                    + ", " + maxCreditNotes);
        }
    }
}
