package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * A payment provider's settlement detail of one payout: the payments a single bank credit
 * carries, net of fees.
 *
 * @param payoutId the provider's payout id, usually quoted in the bank line's text; never null
 * @param lines the payments; never null, at least one
 */
public record PayoutSettlement(String payoutId, List<PayoutLine> lines) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if there are no lines or they mix currencies
     */
    public PayoutSettlement {
        Objects.requireNonNull(payoutId, "payoutId");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("payout " + payoutId + " has no lines");
        }
        for (PayoutLine line : lines) {
            if (!line.net().currency().equals(lines.get(0).net().currency())) {
                throw new IllegalArgumentException("payout " + payoutId + " mixes currencies "
                        + lines.get(0).net().currency() + " and " + line.net().currency()
                        + "; split it per currency");
            }
        }
    }

    /**
     * Adds up the net amounts.
     *
     * @return the payout's net total; never null
     */
    public Money net() {
        Money total = Money.zero(lines.get(0).net().currency());
        for (PayoutLine line : lines) {
            total = total.plus(line.net());
        }
        return total;
    }
}
