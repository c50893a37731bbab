package io.github.receivables.spi.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A dispatcher's claim on a pending outbox record: while the lease runs, no other dispatcher can
 * claim the record. The attempt number is a fencing token: a dispatcher whose lease expired and
 * was taken over cannot complete the record, because the new claim has a higher attempt.
 *
 * @param owner the dispatcher, such as a node name plus a run id; 1 to 200 characters
 * @param attempt the attempt this claim is for, 1 for the first
 * @param leaseUntil the instant the lease ends; never null
 */
public record Claim(String owner, int attempt, Instant leaseUntil) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if owner or leaseUntil is null
     * @throws IllegalArgumentException if the owner is blank or too long, or attempt is below 1
     */
    public Claim {
        requireOwner(owner);
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (attempt < 1) {
            throw new IllegalArgumentException("claim attempt must be 1 or more, got " + attempt);
        }
    }

    /**
     * Tells whether the lease still runs at an instant.
     *
     * @param now the instant
     * @return true if now is before the end of the lease
     */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(leaseUntil);
    }

    /**
     * Checks an owner name.
     *
     * @param owner the owner
     * @return the owner
     * @throws NullPointerException if owner is null
     * @throws IllegalArgumentException if the owner is blank or longer than 200 characters
     */
    public static String requireOwner(String owner) {
        Objects.requireNonNull(owner, "owner");
        if (owner.isBlank() || owner.length() > 200) {
            throw new IllegalArgumentException("claim owner '" + owner
                    + "' must be 1 to 200 characters and not blank");
        }
        return owner;
    }
}
