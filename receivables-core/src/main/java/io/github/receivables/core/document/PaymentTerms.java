package io.github.receivables.core.document;

import java.time.LocalDate;

/**
 * The host's rule for the due date of a document that states none.
 *
 * <p>Chile's invoice payment term law counts 30 days from the day the buyer received the invoice;
 * {@link #daysFromReception(int)} expresses it.
 */
@FunctionalInterface
public interface PaymentTerms {

    /**
     * Computes the due date.
     *
     * @param issueDate the issue date; never null
     * @param receptionDate the day the buyer received the document, or null when unknown
     * @return the due date; never null
     */
    LocalDate dueDate(LocalDate issueDate, LocalDate receptionDate);

    /**
     * Counts days from the issue date.
     *
     * @param days the term in calendar days, zero or more
     * @return the rule
     * @throws IllegalArgumentException if days is negative
     */
    static PaymentTerms daysFromIssue(int days) {
        requireNonNegative(days);
        return (issue, reception) -> issue.plusDays(days);
    }

    /**
     * Counts days from the reception date, or from the issue date when reception is unknown.
     *
     * @param days the term in calendar days, zero or more
     * @return the rule
     * @throws IllegalArgumentException if days is negative
     */
    static PaymentTerms daysFromReception(int days) {
        requireNonNegative(days);
        return (issue, reception) -> (reception != null ? reception : issue).plusDays(days);
    }

    private static void requireNonNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("payment term must be zero or more days, got " + days);
        }
    }
}
