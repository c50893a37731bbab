package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One transaction of a statement entry, the unit that matching decides on. A batch entry yields
 * one line per transaction; any other entry yields one line.
 *
 * @param id the transaction id, stable across imports of the same file; the key of every
 *     decision; never null
 * @param entryId the id of the entry the transaction belongs to; never null
 * @param amount the signed amount in the account currency, credits positive; never null
 * @param instructedAmount the amount the payer instructed when in another currency, or null
 * @param charges bank charges the bank reports as deducted, positive, or null
 * @param date the booking date, else the value date, or null when the file gives neither
 * @param reversal whether the entry reverses an earlier one
 * @param status the entry's booking status; never null
 * @param payer the counterparty; never null, possibly {@link Party#UNKNOWN}
 * @param remittance the unstructured remittance text joined by spaces, plus the entry's
 *     additional information when the entry has one transaction; never null
 * @param creditorReference the structured creditor reference, or null
 * @param endToEndId the payer's end-to-end id, or null
 * @param bankReference the bank's reference of the entry, or null
 * @param returnReason the return reason code, or null
 */
public record BankLine(
        String id,
        String entryId,
        Money amount,
        Money instructedAmount,
        Money charges,
        LocalDate date,
        boolean reversal,
        EntryStatus status,
        Party payer,
        String remittance,
        CreditorReference creditorReference,
        String endToEndId,
        String bankReference,
        String returnReason) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     */
    public BankLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(remittance, "remittance");
    }

    /**
     * Splits a statement entry into lines. Trailing zeros beyond the currency's minor unit are
     * dropped (a file may write 100.00000 EUR), but a non-zero digit there is never rounded away:
     * CLP 99990.50 is an error, not 99990.
     *
     * @param entry the entry; never null
     * @return one line per transaction, in file order; never empty
     * @throws MatchingException naming the entry and its position if an amount's currency code
     *     is not an ISO 4217 currency with minor units, or an amount has a non-zero digit beyond
     *     the currency's minor unit
     */
    public static List<BankLine> of(StatementEntry entry) {
        List<BankLine> lines = new ArrayList<>(entry.details().size());
        boolean single = entry.details().size() == 1;
        for (TransactionDetails details : entry.details()) {
            lines.add(fromDetails(entry, details, single));
        }
        return lines;
    }

    private static BankLine fromDetails(StatementEntry entry, TransactionDetails details,
            boolean single) {
        String text = details.remittance();
        if (single && entry.additionalInfo() != null) {
            text = text.isEmpty() ? entry.additionalInfo() : text + " " + entry.additionalInfo();
        }
        LocalDate date = entry.bookingDate() != null ? entry.bookingDate() : entry.valueDate();
        return new BankLine(details.id(), entry.id(), money(entry, details.amount()),
                moneyOrNull(entry, details.instructedAmount()),
                moneyOrNull(entry, details.charges()),
                date, entry.reversal(), entry.status(), details.counterparty(), text,
                details.creditorReference(), details.endToEndId(), entry.bankReference(),
                details.returnReason());
    }

    private static Money moneyOrNull(StatementEntry entry, StatementAmount amount) {
        return amount == null ? null : money(entry, amount);
    }

    private static Money money(StatementEntry entry, StatementAmount amount) {
        Currency currency;
        try {
            currency = Currency.getInstance(amount.currency());
        } catch (IllegalArgumentException e) {
            throw new MatchingException("entry " + entry.id() + " at " + entry.position()
                    + " has currency '" + amount.currency() + "', which is not an ISO 4217"
                    + " currency code. Correct the statement file or leave the entry out.", e);
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new MatchingException("entry " + entry.id() + " at " + entry.position()
                    + " has currency '" + amount.currency() + "', which has no minor units and"
                    + " cannot be matched to invoices. Leave the entry out.");
        }
        BigDecimal value = amount.value();
        if (value.scale() > digits && value.stripTrailingZeros().scale() > digits) {
            throw new MatchingException("entry " + entry.id() + " at " + entry.position()
                    + " has amount " + value.toPlainString() + " " + amount.currency()
                    + ", with more decimals than " + amount.currency() + " allows (" + digits
                    + "). Matching never rounds a bank amount, so correct the statement file or"
                    + " its currency.");
        }
        return amount.toMoney(RoundingMode.UNNECESSARY);
    }

    /**
     * Tells whether this line is settled money that may be applied: booked, not a reversal, and
     * a credit.
     *
     * @return true for a booked credit that is not a reversal
     */
    public boolean isSettledCredit() {
        return status == EntryStatus.BOOKED && !reversal && amount.isPositive();
    }
}
