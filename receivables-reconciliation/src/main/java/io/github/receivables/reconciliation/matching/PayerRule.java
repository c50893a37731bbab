package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payer identity learned from a confirmed match: later lines from this account or under this
 * name are attributed to the customer. Contains personal data: never log it above DEBUG.
 *
 * @param kind whether the key is an account or a name; never null
 * @param key the normalized account or normalized name; never blank
 * @param customerId the customer; never null
 * @param learnedOn the day of the confirmation; never null
 * @param fromLineId the confirmed line; never null
 */
public record PayerRule(
        Kind kind, String key, CustomerId customerId, LocalDate learnedOn, String fromLineId) {

    /** What a rule's key is. */
    public enum Kind {
        /** An account normalized by the index's account normalization. */
        ACCOUNT,
        /** A payer name as normalized by {@code PayerNames.normalize}. */
        NAME
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the key is blank
     */
    public PayerRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(learnedOn, "learnedOn");
        Objects.requireNonNull(fromLineId, "fromLineId");
        if (key.isBlank()) {
            throw new IllegalArgumentException("payer rule of kind " + kind + " has a blank key");
        }
    }
}
