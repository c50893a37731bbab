package io.github.receivables.core.interest;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a late interest calculation. It becomes charges through
 * {@link #interestCharge} and {@link #feeCharge}: documents of their own, never folded into the
 * late document's balance.
 *
 * @param request the debt calculated; never null
 * @param accruals the spans with a balance, in date order; never null
 * @param uncappedInterest the sum of the accruals, rounded once; never null
 * @param interest the interest charged: the uncapped interest, or the cap when lower; never null
 * @param feeBasis the balance unpaid at the end of the due date; never null
 * @param fee the fee on that balance, zero when the debt was not late; never null
 */
public record LateInterest(
        InterestRequest request,
        List<InterestAccrual> accruals,
        Money uncappedInterest,
        Money interest,
        Money feeBasis,
        Money fee) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public LateInterest {
        Objects.requireNonNull(request, "request");
        accruals = List.copyOf(accruals);
        Objects.requireNonNull(uncappedInterest, "uncappedInterest");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(feeBasis, "feeBasis");
        Objects.requireNonNull(fee, "fee");
    }

    /**
     * Tells whether the cap lowered the interest.
     *
     * @return true when the interest charged is below the uncapped interest
     */
    public boolean isCapped() {
        return interest.isLessThan(uncappedInterest);
    }

    /**
     * Returns interest plus fee.
     *
     * @return the total charged; never null
     */
    public Money total() {
        return interest.plus(fee);
    }

    /**
     * Turns the interest into an {@link DocumentKind#INTEREST_CHARGE} document referencing the
     * late document.
     *
     * @param chargeId the id of the new document; never null
     * @param issueDate its issue date; never null
     * @param dueDate its due date, on or after the issue date; never null
     * @return the charge, or empty when the interest is zero
     */
    public Optional<Document> interestCharge(DocumentId chargeId, LocalDate issueDate,
            LocalDate dueDate) {
        return charge(chargeId, DocumentKind.INTEREST_CHARGE, interest, issueDate, dueDate);
    }

    /**
     * Turns the fee into a {@link DocumentKind#FEE_CHARGE} document referencing the late
     * document.
     *
     * @param chargeId the id of the new document; never null
     * @param issueDate its issue date; never null
     * @param dueDate its due date, on or after the issue date; never null
     * @return the charge, or empty when the fee is zero
     */
    public Optional<Document> feeCharge(DocumentId chargeId, LocalDate issueDate,
            LocalDate dueDate) {
        return charge(chargeId, DocumentKind.FEE_CHARGE, fee, issueDate, dueDate);
    }

    private Optional<Document> charge(DocumentId chargeId, DocumentKind kind, Money amount,
            LocalDate issueDate, LocalDate dueDate) {
        if (amount.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Document.builder(chargeId, request.customerId(), kind)
                .issueDate(issueDate)
                .dueDate(dueDate)
                .total(amount)
                .reference(request.documentId(), ReferenceEffect.INFORMATIONAL)
                .build());
    }
}
