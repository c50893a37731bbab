package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores the decision on every bank line, so that re-running a statement changes nothing, a
 * user's un-apply is never redone, and a reversal finds what its original settled. This is the
 * port to the host's matching decision store.
 *
 * <p>Contract: {@link #record} replaces the line's current decision; implementations may keep
 * history. Reads see every earlier {@code record} of the same log. Implementations must be safe
 * for use by one run at a time.
 */
public interface DecisionLog {

    /**
     * Returns the current decision on a line.
     *
     * @param lineId the line id; never null
     * @return the decision, or empty when the line was never decided
     */
    Optional<Decision> find(String lineId);

    /**
     * Stores a decision, replacing the line's current one.
     *
     * @param decision the decision; never null
     */
    void record(Decision decision);

    /**
     * Returns the applied decisions whose line carried an end-to-end id.
     *
     * @param endToEndId the end-to-end id; never null
     * @return matching applied decisions; never null
     */
    List<Decision> findAppliedByEndToEndId(String endToEndId);

    /**
     * Returns the applied decisions whose line's entry carried a bank reference. Logs that do
     * not index bank references return an empty list, and reversals then fall back to the
     * amount.
     *
     * @param bankReference the bank's reference of the original entry; never null
     * @return matching applied decisions; never null
     */
    default List<Decision> findAppliedByBankReference(String bankReference) {
        return List.of();
    }

    /**
     * Returns the applied decisions whose line had an amount.
     *
     * @param amount the signed amount of the original line; never null
     * @return matching applied decisions; never null
     */
    List<Decision> findAppliedByAmount(Money amount);

    /**
     * Returns the applied decisions whose line had an amount and whose line date (else the day
     * it was decided) lies in a window. The default filters {@link #findAppliedByAmount(Money)};
     * a log over an indexed store overrides it to read only the window.
     *
     * @param amount the signed amount of the original line; never null
     * @param from the first date to include; never null
     * @param to the last date to include, on or after from; never null
     * @return matching applied decisions; never null
     */
    default List<Decision> findAppliedByAmount(Money amount, LocalDate from, LocalDate to) {
        return findAppliedByAmount(amount).stream().filter(decision -> {
            LocalDate date = decision.keys().date() != null ? decision.keys().date()
                    : decision.decidedOn();
            return !date.isBefore(from) && !date.isAfter(to);
        }).toList();
    }
}
