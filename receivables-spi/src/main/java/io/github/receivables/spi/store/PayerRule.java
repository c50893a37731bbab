package io.github.receivables.spi.store;

import io.github.receivables.core.party.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A rule learned from confirmed matches: payments from a payer belong to a customer.
 *
 * @param payerKey the normalized payer, such as {@code name:ACME SPA} or {@code account:} plus a
 *     hash of the account number (account numbers are personal data: never store them in clear);
 *     1 to 200 characters, not blank
 * @param customerId the customer the payer pays for; never null
 * @param confirmations how many confirmed matches support the rule, zero or more
 * @param rejections how many rejected matches contradict it, zero or more
 * @param lastConfirmedAt when a match last confirmed it, or null
 */
public record PayerRule(String payerKey, CustomerId customerId, int confirmations,
        int rejections, Instant lastConfirmedAt) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if payerKey or customerId is null
     * @throws IllegalArgumentException if the key is blank or too long, or a count is negative
     */
    public PayerRule {
        Objects.requireNonNull(payerKey, "payerKey");
        Objects.requireNonNull(customerId, "customerId");
        if (payerKey.isBlank() || payerKey.length() > 200) {
            throw new IllegalArgumentException("payer key '" + payerKey
                    + "' must be 1 to 200 characters and not blank");
        }
        if (confirmations < 0 || rejections < 0) {
            throw new IllegalArgumentException("payer rule " + payerKey
                    + " has negative counts " + confirmations + " and " + rejections);
        }
    }
}
