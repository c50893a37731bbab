package io.github.receivables.spi.store;

import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Match decisions (proposals, auto-applied, confirmed, rejected and undone matches) and the payer
 * rules learned from them. Decisions and rules are versioned for optimistic locking, because a
 * reviewer and the engine may change the same one. The store checks versions; the allowed status
 * moves are {@link MatchStatus#canMoveTo}'s, checked by {@link MatchDecision#decide}.
 *
 * <ul>
 *   <li>Idempotency: {@link #insert} fails on a present id; updates fail when repeated, because
 *       the first one moved the version.
 *   <li>Ordering: decisions by creation instant, then id; rules by payer key; ids and keys in
 *       Unicode code point order.
 *   <li>Reversals: a decision may carry the {@link BankLineKeys} of its bank line. The {@code
 *       findApplied*} look-ups return the decisions in force ({@link MatchStatus#isApplied}:
 *       auto-applied or confirmed) whose keys match exactly, case included, so that a reversal
 *       in a later statement finds what its original line settled in any earlier run. They must
 *       use an index, not a scan of all decisions, and see every committed write.
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link StoreUnavailableException}; the others are named
 *       per method. A failed operation writes nothing.
 * </ul>
 */
public interface MatchDecisionStore {

    /**
     * Inserts a new decision. The payments and documents it names need not be stored.
     *
     * @param decision the decision; never null
     * @return the stored row at version 1; never null
     * @throws DuplicateKeyException if a decision with the same id exists
     */
    Versioned<MatchDecision> insert(MatchDecision decision);

    /**
     * Finds a decision by id.
     *
     * @param id the id; never null
     * @return the row, or empty if none
     */
    Optional<Versioned<MatchDecision>> find(MatchDecisionId id);

    /**
     * Finds the decisions that name a payment in any line, in any status.
     *
     * @param paymentId the payment; never null
     * @return the rows ordered by creation instant, then id; never null
     */
    List<Versioned<MatchDecision>> findByPayment(PaymentId paymentId);

    /**
     * Lists the decisions in a status, such as the review queue of proposals.
     *
     * @param status the status; never null
     * @param request the page size and continuation token; never null
     * @return the page ordered by creation instant, then id; never null
     * @throws IllegalArgumentException if the token was not issued by this method
     */
    Page<Versioned<MatchDecision>> findByStatus(MatchStatus status, PageRequest request);

    /**
     * Finds the applied decisions whose bank line carried an end-to-end id.
     *
     * @param endToEndId the end-to-end id, compared exactly; never null
     * @return the auto-applied and confirmed rows ordered by creation instant, then id; never
     *     null, empty when none match
     */
    List<Versioned<MatchDecision>> findAppliedByEndToEndId(String endToEndId);

    /**
     * Finds the applied decisions whose bank line's entry carried a bank reference.
     *
     * @param bankReference the bank's reference of the entry, compared exactly; never null
     * @return the auto-applied and confirmed rows ordered by creation instant, then id; never
     *     null, empty when none match
     */
    List<Versioned<MatchDecision>> findAppliedByBankReference(String bankReference);

    /**
     * Finds the applied decisions whose bank line had an amount, optionally only those whose
     * line date falls in a window. A decision whose keys have no date is returned only when both
     * bounds are null. Pass a window when one amount may have many applied decisions, so the
     * result stays small.
     *
     * @param amount the signed line amount; equal in currency and minor units; never null
     * @param from the first line date to include, or null for no lower bound
     * @param to the last line date to include, or null for no upper bound
     * @return the auto-applied and confirmed rows ordered by creation instant, then id; never
     *     null, empty when none match
     * @throws IllegalArgumentException if both bounds are set and from is after to
     */
    List<Versioned<MatchDecision>> findAppliedByAmount(Money amount, LocalDate from,
            LocalDate to);

    /**
     * Checks the date window of {@link #findAppliedByAmount}, for implementations.
     *
     * @param from the first line date to include, or null for no lower bound
     * @param to the last line date to include, or null for no upper bound
     * @throws IllegalArgumentException if both bounds are set and from is after to
     */
    static void checkDateWindow(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("invalid date window: from " + from
                    + " is after to " + to + ". Pass a from date on or before the to date.");
        }
    }

    /**
     * Replaces a decision, checking the version it was read at.
     *
     * @param decision the new value, identified by its id; never null
     * @param expectedVersion the version the caller read
     * @return the stored row at {@code expectedVersion + 1}; never null
     * @throws NotFoundException if no decision has the id
     * @throws OptimisticLockException if the stored version differs from expectedVersion
     */
    Versioned<MatchDecision> update(MatchDecision decision, long expectedVersion);

    /**
     * Finds the rule for a payer.
     *
     * @param payerKey the normalized payer; never null
     * @return the row, or empty if none
     */
    Optional<Versioned<PayerRule>> findPayerRule(String payerKey);

    /**
     * Inserts or replaces the rule for a payer, checking the version it was read at.
     *
     * @param rule the rule, identified by its payer key; never null
     * @param expectedVersion 0 to insert a rule that must not exist yet, else the version the
     *     caller read
     * @return the stored row: version 1 when inserted, else {@code expectedVersion + 1}; never null
     * @throws DuplicateKeyException if expectedVersion is 0 and a rule for the payer exists
     * @throws NotFoundException if expectedVersion is above 0 and no rule for the payer exists
     * @throws OptimisticLockException if the stored version differs from expectedVersion
     * @throws IllegalArgumentException if expectedVersion is negative
     */
    Versioned<PayerRule> putPayerRule(PayerRule rule, long expectedVersion);

    /**
     * Deletes the rule for a payer, checking the version it was read at.
     *
     * @param payerKey the normalized payer; never null
     * @param expectedVersion the version the caller read
     * @throws NotFoundException if no rule for the payer exists
     * @throws OptimisticLockException if the stored version differs from expectedVersion
     */
    void deletePayerRule(String payerKey, long expectedVersion);

    /**
     * Lists all payer rules, one page at a time.
     *
     * @param request the page size and continuation token; never null
     * @return the page ordered by payer key; never null
     * @throws IllegalArgumentException if the token was not issued by this method
     */
    Page<Versioned<PayerRule>> listPayerRules(PageRequest request);
}
