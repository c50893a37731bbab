package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.index.ReferenceKeys;
import io.github.receivables.reconciliation.matching.score.PayerNames;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The keys of a decided line that later lines look it up by: a reversal finds its original, a
 * confirmation learns the payer. Contains personal data (the payer's account and name): never log
 * it above DEBUG.
 *
 * @param date the line's booking or value date, or null
 * @param endToEndId the payer's end-to-end id, or null
 * @param bankReference the bank's entry reference, or null
 * @param amount the line's signed amount; never null
 * @param payerAccount the payer's account, normalized by {@link ReferenceKeys#account}, or null
 * @param payerName the payer's name, normalized by {@link PayerNames#normalize}; never null,
 *     empty when unknown
 */
public record LineKeys(
        LocalDate date,
        String endToEndId, String bankReference, Money amount, String payerAccount,
        String payerName) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if amount or payerName is null
     */
    public LineKeys {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payerName, "payerName");
    }

    /**
     * Takes the keys of a line.
     *
     * @param line the line; never null
     * @return its keys
     */
    public static LineKeys of(BankLine line) {
        String account = line.payer().account() == null ? null
                : ReferenceKeys.account(line.payer().account().value());
        return new LineKeys(line.date(), line.endToEndId(), line.bankReference(), line.amount(),
                account,
                PayerNames.normalize(line.payer().name()));
    }
}
