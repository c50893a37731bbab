package io.github.receivables.reconciliation.statement;

import java.util.List;
import java.util.Objects;

/**
 * What a statement reports after its entries, and the reader's check of it.
 *
 * @param closing the closing booked balance, or null when the file gives none
 * @param otherBalances every other balance the statement reports, in file order; never null
 * @param entryCount how many entries the reader delivered for this statement
 * @param balanceCheck the result of opening plus booked entries against closing; never null
 */
public record StatementTrailer(
        Balance closing, List<Balance> otherBalances, long entryCount, BalanceCheck balanceCheck) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if otherBalances or balanceCheck is null
     */
    public StatementTrailer {
        otherBalances = List.copyOf(otherBalances);
        Objects.requireNonNull(balanceCheck, "balanceCheck");
    }
}
