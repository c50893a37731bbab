package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import java.util.Objects;

/**
 * One payment inside a payment provider's payout.
 *
 * @param paymentReference the reference the provider keeps for the payment, which the host gave
 *     as an item reference (such as a payment link reference) or document number; never null
 * @param gross what the customer paid; positive; never null
 * @param fee what the provider kept; zero or more; never null
 * @param net what the payout carries for this payment: gross less fee; never null
 */
public record PayoutLine(String paymentReference, Money gross, Money fee, Money net) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if gross is not positive, fee is negative, or net is not
     *     gross less fee
     */
    public PayoutLine {
        Objects.requireNonNull(paymentReference, "paymentReference");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(net, "net");
        if (!gross.isPositive() || fee.isNegative() || !gross.minus(fee).equals(net)) {
            throw new IllegalArgumentException("payout line " + paymentReference
                    + " needs positive gross, fee >= 0 and net = gross - fee, got " + gross + ", "
                    + fee + ", " + net);
        }
    }
}
