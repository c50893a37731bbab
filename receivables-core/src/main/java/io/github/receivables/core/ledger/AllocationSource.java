package io.github.receivables.core.ledger;

import io.github.receivables.core.document.DocumentId;
import java.util.Objects;

/** What an allocation takes its money from: a payment or a credit note. */
public sealed interface AllocationSource {

    /**
     * Money from a payment.
     *
     * @param paymentId the payment; never null
     */
    record FromPayment(PaymentId paymentId) implements AllocationSource {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if paymentId is null
         */
        public FromPayment {
            Objects.requireNonNull(paymentId, "paymentId");
        }
    }

    /**
     * Credit from a credit note.
     *
     * @param creditNoteId the credit note; never null
     */
    record FromCreditNote(DocumentId creditNoteId) implements AllocationSource {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if creditNoteId is null
         */
        public FromCreditNote {
            Objects.requireNonNull(creditNoteId, "creditNoteId");
        }
    }

    /**
     * Returns the source of a payment.
     *
     * @param id the payment
     * @return the source
     */
    static AllocationSource payment(PaymentId id) {
        return new FromPayment(id);
    }

    /**
     * Returns the source of a credit note.
     *
     * @param id the credit note
     * @return the source
     */
    static AllocationSource creditNote(DocumentId id) {
        return new FromCreditNote(id);
    }
}
