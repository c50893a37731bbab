package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentAdjustment;
import io.github.receivables.core.ledger.PaymentAdjustmentId;
import io.github.receivables.core.ledger.PaymentAdjustmentReason;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.Adjustment;
import io.github.receivables.reconciliation.matching.Application;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a proposal's gains to stored payment adjustments, reverses them with their line, and
 * posts the adjustment that takes a bank-reversed payment out of the customer's credit. The
 * source of each adjustment is the line's decision id, so a revert finds them by it.
 */
final class PaymentAdjustments {

    /** The id suffix of the adjustment that records a payment the bank returned. */
    private static final String BANK_RETURNED_SUFFIX = "r";

    private PaymentAdjustments() {}

    /**
     * Returns a payment adjustment for each positive adjustment of the line, dated the
     * application day, with ids derived from the line id so that applying the line again finds
     * the same ids.
     */
    static List<PaymentAdjustmentRecord> of(Application application, Payment payment) {
        String source = StoreIds.decisionId(application.lineId()).value();
        List<PaymentAdjustmentRecord> gains = new ArrayList<>();
        for (Adjustment adjustment : application.proposal().adjustments()) {
            if (adjustment.amount().isPositive()) {
                PaymentAdjustmentId id = StoreIds.paymentAdjustmentId(application.lineId(),
                        "g" + gains.size());
                gains.add(new PaymentAdjustmentRecord(new PaymentAdjustment(id, payment.id(),
                        adjustment.amount(), application.appliedOn(), reason(adjustment.kind())),
                        source));
            }
        }
        return gains;
    }

    /** Reverses from a day on every payment adjustment of a line that is still in force. */
    static void reverse(Stores tx, String lineId, LocalDate on) {
        String source = StoreIds.decisionId(lineId).value();
        for (PaymentAdjustmentRecord adjustment : tx.paymentAdjustments().findBySource(source)) {
            if (adjustment.reversedOn() == null) {
                tx.paymentAdjustments().reverse(adjustment.id(), on);
            }
        }
    }

    /**
     * Posts a {@link PaymentAdjustmentReason#BANK_RETURNED} adjustment of the line's payment for
     * all that is left unapplied of it from a day on, after the line's allocations and
     * adjustments were reversed. Does nothing when the payment is not stored, nothing is left,
     * or the adjustment is already stored.
     */
    static void postBankReturned(Stores tx, String lineId, LocalDate on) {
        PaymentAdjustmentId id = StoreIds.paymentAdjustmentId(lineId, BANK_RETURNED_SUFFIX);
        Optional<Payment> payment = tx.payments().findByExternalId(lineId)
                .map(Versioned::value);
        if (payment.isEmpty() || tx.paymentAdjustments().find(id).isPresent()) {
            return;
        }
        AllocationSource source = AllocationSource.payment(payment.get().id());
        Ledger ledger = new LedgerSlice(tx).load(Set.of(), Set.of(source)).ledger();
        LocalDate day = on.isBefore(payment.get().receivedOn()) ? payment.get().receivedOn() : on;
        Money left = leftFrom(ledger, payment.get(), day);
        if (!left.isPositive()) {
            return;
        }
        PaymentAdjustment returned = new PaymentAdjustment(id, payment.get().id(), left, day,
                PaymentAdjustmentReason.BANK_RETURNED);
        ledger.recordPaymentAdjustment(returned);
        tx.paymentAdjustments().insert(new PaymentAdjustmentRecord(returned,
                StoreIds.decisionId(lineId).value()));
    }

    /**
     * Returns the minimum unapplied amount of a payment from a day on. It only falls on a day an
     * allocation or adjustment applies, so those days and the first one are the ones to check.
     */
    private static Money leftFrom(Ledger ledger, Payment payment, LocalDate day) {
        Money minimum = ledger.unapplied(payment.id(), day);
        List<LocalDate> days = new ArrayList<>();
        ledger.allocationsFrom(AllocationSource.payment(payment.id()))
                .forEach(allocation -> days.add(allocation.appliedOn()));
        ledger.paymentAdjustments(payment.id()).forEach(adjustment -> days.add(adjustment.on()));
        for (LocalDate later : days) {
            if (later.isAfter(day)) {
                Money unapplied = ledger.unapplied(payment.id(), later);
                minimum = unapplied.minorUnits() < minimum.minorUnits() ? unapplied : minimum;
            }
        }
        return minimum;
    }

    /**
     * Maps the kind of a gain. Matching posts gains only for rounding. A fee cannot be a gain,
     * so a positive fee adjustment is kept as a manual one.
     */
    private static PaymentAdjustmentReason reason(Adjustment.Kind kind) {
        return switch (kind) {
            case ROUNDING -> PaymentAdjustmentReason.ROUNDING_GAIN;
            case EXCHANGE_DIFFERENCE -> PaymentAdjustmentReason.EXCHANGE_GAIN;
            case BANK_FEE, PROVIDER_FEE -> PaymentAdjustmentReason.MANUAL;
        };
    }
}
