package io.github.receivables.spi.lock;

import io.github.receivables.spi.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A held tenant lock, valid until its expiry unless renewed. The fencing token grows with every
 * acquisition of the tenant's lock, so a writer can reject work from a holder whose lease was
 * taken over (its token is lower).
 *
 * @param tenant the tenant; never null
 * @param owner the holder, such as a node name plus a run id; 1 to 200 characters, not blank
 * @param fencingToken the token of this acquisition, 1 or more
 * @param expiresAt the instant the lease ends; never null
 */
public record LockLease(TenantId tenant, String owner, long fencingToken, Instant expiresAt) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the owner is blank or too long, or the token is below 1
     */
    public LockLease {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(expiresAt, "expiresAt");
        requireOwner(owner);
        if (fencingToken < 1) {
            throw new IllegalArgumentException("fencing token must be 1 or more, got "
                    + fencingToken);
        }
    }

    /**
     * Tells whether the lease still runs at an instant.
     *
     * @param now the instant
     * @return true if now is before the expiry
     */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(expiresAt);
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
            throw new IllegalArgumentException("lock owner '" + owner
                    + "' must be 1 to 200 characters and not blank");
        }
        return owner;
    }
}
