package io.github.receivables.examples.quickstart.reconcile;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.matching.DecisionStatus;
import io.github.receivables.reconciliation.matching.LineOutcome;
import io.github.receivables.reconciliation.matching.MatchResult;
import io.github.receivables.spi.store.Stores;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Step 4 of the day, last part: stores each credit line that matched no item as a payment with
 * no allocation, of the recognized customer or of no one. The aging then shows the cash while a
 * person decides. The payment's id and external id are the line id, as for the payments that
 * the SDK's store writer inserts.
 */
public final class UnidentifiedCash {

    /** The maximum length of a payment id and external id in the store. */
    private static final int MAX_ID = 100;

    /** The maximum length of a payment reference in the store. */
    private static final int MAX_REFERENCE = 280;

    private UnidentifiedCash() {}

    /**
     * Stores the unmatched settled credit lines of a run. A line stored before is left as is.
     * A line that an earlier, interrupted run left unmatched comes back as already decided and
     * is stored too.
     *
     * @param stores the stores; never null
     * @param outcomes the outcomes of a run; never null
     * @param asOf the receipt day of a line without a date; never null
     * @return how many lines were stored now
     * @throws io.github.receivables.spi.store.StoreException if the stores fail
     */
    public static int store(Stores stores, List<LineOutcome> outcomes, LocalDate asOf) {
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(asOf, "asOf");
        int stored = 0;
        for (LineOutcome outcome : outcomes) {
            BankLine line = outcome.line();
            if (!line.isSettledCredit() || line.id().length() > MAX_ID) {
                continue;
            }
            if (outcome.result() instanceof MatchResult.Unmatched unmatched) {
                stored += insert(stores, payment(line, unmatched.payer(), asOf));
            } else if (isUnmatchedEarlier(outcome)) {
                // NOTE: a run that stopped between matching and this step kept no payer, so the
                // cash is stored without a customer even where matching had recognized one.
                stored += insert(stores, payment(line, null, asOf));
            }
        }
        return stored;
    }

    /** Tells whether a run that stopped before storing its cash left the line unmatched. */
    private static boolean isUnmatchedEarlier(LineOutcome outcome) {
        return outcome.action() == LineOutcome.Action.ALREADY_DECIDED
                && outcome.decision() != null
                && outcome.decision().status() == DecisionStatus.UNMATCHED;
    }

    private static int insert(Stores stores, Payment payment) {
        return stores.payments().insertAllIfAbsent(List.of(payment)).get(0).inserted() ? 1 : 0;
    }

    private static Payment payment(BankLine line, CustomerId payer, LocalDate asOf) {
        LocalDate received = line.date() != null ? line.date() : asOf;
        return new Payment(PaymentId.of(line.id()), payer, line.amount(), received,
                PaymentMethod.BANK_TRANSFER, reference(line.remittance()), line.id());
    }

    private static String reference(String text) {
        return text.isBlank() ? null : text.substring(0, Math.min(MAX_REFERENCE, text.length()));
    }
}
