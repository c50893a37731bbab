package io.github.receivables.core.ledger;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One instalment of a receivable with what is still open on it as of a date. Aging, reminders and
 * matching all work on open items; the ledger derives them from documents and allocations.
 *
 * @param documentId the document; never null
 * @param instalment the 0-based index of the instalment within the document
 * @param customerId the debtor; never null
 * @param kind the document kind, a receivable kind; never null
 * @param number the document number people quote; never null
 * @param issueDate the document's issue date; never null
 * @param dueDate the instalment's due date; never null
 * @param original the instalment amount as issued; never null
 * @param open what is still open, between zero and the original; never null
 * @param status the document's collection status; never null
 */
public record OpenItem(
        @NotNull @Valid DocumentId documentId,
        @PositiveOrZero int instalment,
        @NotNull @Valid CustomerId customerId,
        @NotNull DocumentKind kind,
        @NotNull String number,
        @NotNull LocalDate issueDate,
        @NotNull LocalDate dueDate,
        @NotNull Money original,
        @NotNull Money open,
        @NotNull CollectionStatus status) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the open amount is negative or above the original
     */
    public OpenItem {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(status, "status");
        if (open.isNegative() || open.isGreaterThan(original)) {
            throw new IllegalArgumentException("open item " + documentId + "#" + instalment
                    + " has open " + open + " outside 0 to " + original);
        }
    }

    /**
     * Returns how many days past due the item is on a day.
     *
     * @param asOf the day
     * @return days after the due date, negative when not yet due
     */
    public long daysPastDue(LocalDate asOf) {
        return ChronoUnit.DAYS.between(dueDate, asOf);
    }

    /**
     * Tells whether anything is still open.
     *
     * @return true if the open amount is positive
     */
    public boolean isOpen() {
        return open.isPositive();
    }

    /**
     * Tells whether part of the item has been paid.
     *
     * @return true if something but not all was settled
     */
    public boolean isPartlyPaid() {
        return open.isPositive() && open.isLessThan(original);
    }
}
