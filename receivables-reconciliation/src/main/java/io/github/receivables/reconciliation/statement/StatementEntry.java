package io.github.receivables.reconciliation.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One movement on the account as the bank reports it.
 *
 * @param id stable identity of this entry, the same each time the same file is read and distinct
 *     for two look-alike entries in one statement; never null
 * @param position where the entry starts in the file; never null
 * @param amount the signed amount in the account currency (credit positive, debit negative), with
 *     the file's precision; never null
 * @param direction credit or debit as the file marks it; for a reversal this is the effect on the
 *     balance; never null
 * @param reversal whether the entry reverses an earlier one (camt {@code RvslInd}, MT940 RC/RD)
 * @param status booked, pending or information; never null
 * @param bookingDate the booking date, or null when the file gives none
 * @param valueDate the value date, or null when the file gives none
 * @param bankReference the bank's own reference (camt {@code AcctSvcrRef}, MT940 bank reference),
 *     or null
 * @param entryReference the entry reference (camt {@code NtryRef}, MT940 customer reference), or
 *     null
 * @param transactionCode how the bank classifies the entry; never null
 * @param additionalInfo free text attached to the entry, or null
 * @param declaredTransactionCount how many transactions a batch entry declares, or 0 when not given
 * @param details the transactions in this entry, at least one; never null
 * @param extra other fields kept by name, such as MT940 :NS: or BAI2 funds type; never null
 */
public record StatementEntry(
        String id,
        SourcePosition position,
        StatementAmount amount,
        CreditDebit direction,
        boolean reversal,
        EntryStatus status,
        LocalDate bookingDate,
        LocalDate valueDate,
        String bankReference,
        String entryReference,
        BankTransactionCode transactionCode,
        String additionalInfo,
        int declaredTransactionCount,
        List<TransactionDetails> details,
        Map<String, String> extra) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if details is empty
     */
    public StatementEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(transactionCode, "transactionCode");
        details = List.copyOf(details);
        extra = Map.copyOf(extra);
        if (details.isEmpty()) {
            throw new IllegalArgumentException("entry " + id + " needs at least one transaction");
        }
    }

    /**
     * Tells whether this entry is settled money that may be applied to open items: booked and not
     * a reversal.
     *
     * @return true for a booked entry that is not a reversal
     */
    public boolean isSettled() {
        return status == EntryStatus.BOOKED && !reversal;
    }

    /**
     * Tells whether this entry is a batch of several transactions.
     *
     * @return true when it has more than one transaction or declares more than one
     */
    public boolean isBatch() {
        return details.size() > 1 || declaredTransactionCount > 1;
    }
}
