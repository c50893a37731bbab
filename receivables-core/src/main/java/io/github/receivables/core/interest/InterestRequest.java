package io.github.receivables.core.interest;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.BalanceStep;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.LedgerException;
import io.github.receivables.core.money.CurrencyMismatchException;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A late debt to charge interest on: one instalment's due date and its unpaid balance over time.
 * Interest accrues on each day after the due date up to {@code until}, on the balance at the end
 * of the day before, so a payment stops interest from the day after it arrives.
 *
 * @param customerId the debtor; never null
 * @param documentId the document the debt belongs to; never null
 * @param dueDate the due date; never null
 * @param until the last day of the calculation; never null
 * @param balances the balance over time in date order, the first step on or before the due date;
 *     never empty
 */
public record InterestRequest(
        @NotNull @Valid CustomerId customerId,
        @NotNull @Valid DocumentId documentId,
        @NotNull LocalDate dueDate,
        @NotNull LocalDate until,
        @NotEmpty List<@Valid BalanceStep> balances) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if there are no balances, they are out of date order, or
     *     the first starts after the due date
     * @throws CurrencyMismatchException if the balances are not all in one currency
     */
    public InterestRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(until, "until");
        balances = List.copyOf(balances);
        if (balances.isEmpty() || balances.get(0).from().isAfter(dueDate)) {
            throw new IllegalArgumentException("interest on document " + documentId
                    + " needs its balance from the due date " + dueDate + " on");
        }
        Currency currency = balances.get(0).balance().currency();
        for (int i = 1; i < balances.size(); i++) {
            BalanceStep step = balances.get(i);
            if (!step.from().isAfter(balances.get(i - 1).from())) {
                throw new IllegalArgumentException("balances of document " + documentId
                        + " must be in strictly ascending date order, got "
                        + balances.get(i - 1).from() + " then " + step.from());
            }
            if (!step.balance().currency().equals(currency)) {
                throw new CurrencyMismatchException("charge interest on", currency,
                        step.balance().currency());
            }
        }
    }

    /**
     * Creates a request for a balance that stayed unpaid since the due date.
     *
     * @param customerId the debtor
     * @param documentId the document
     * @param dueDate the due date
     * @param until the last day of the calculation
     * @param balance the unpaid balance
     * @return the request
     */
    public static InterestRequest constant(CustomerId customerId, DocumentId documentId,
            LocalDate dueDate, LocalDate until, Money balance) {
        return new InterestRequest(customerId, documentId, dueDate, until,
                List.of(new BalanceStep(dueDate, balance)));
    }

    /**
     * Creates a request for one instalment of a ledger's document, with its balance history.
     *
     * @param ledger the ledger; never null
     * @param documentId the receivable; never null
     * @param instalment the 0-based instalment index
     * @param until the last day of the calculation; never null
     * @return the request; never null
     * @throws LedgerException if the document is unknown or a credit note
     * @throws IndexOutOfBoundsException if the instalment index is out of range
     */
    public static InterestRequest of(Ledger ledger, DocumentId documentId, int instalment,
            LocalDate until) {
        Document document = ledger.findDocument(documentId).orElseThrow(
                () -> new LedgerException("document " + documentId + " is not in the ledger"));
        return new InterestRequest(document.customerId(), documentId,
                document.instalments().get(instalment).dueDate(), until,
                ledger.openBalanceHistory(documentId, instalment));
    }

    /**
     * Returns the currency of the debt.
     *
     * @return the currency of the balances; never null
     */
    public Currency currency() {
        return balances.get(0).balance().currency();
    }

    /**
     * Returns the balance at the end of a day.
     *
     * @param day the day; never null
     * @return the balance of the last step starting on or before the day; never null
     */
    public Money balanceAt(LocalDate day) {
        Money balance = Money.zero(currency());
        for (BalanceStep step : balances) {
            if (step.from().isAfter(day)) {
                break;
            }
            balance = step.balance();
        }
        return balance;
    }
}
