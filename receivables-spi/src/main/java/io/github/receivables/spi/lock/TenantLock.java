package io.github.receivables.spi.lock;

import io.github.receivables.spi.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A cluster-wide lock per tenant with a lease, so one node at a time runs a tenant's collection
 * day (planning, dispatch, matching). A crashed holder's lease ends and another node may take
 * over.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Mutual exclusion: at any instant (as given by the callers' {@code now}) at most one
 *       lease of a tenant runs, even under concurrent calls from many nodes.
 *   <li>Fencing: each successful acquisition of a tenant's lock gets a fencing token greater
 *       than every earlier one of that tenant. Renewal keeps the token.
 *   <li>Not reentrant: acquiring while holding fails like any other contender.
 *   <li>Time: the lock never reads a clock; instants come from the callers, whose clocks the host
 *       keeps close enough for the lease lengths it chooses.
 *   <li>Thread safety: implementations are thread-safe.
 *   <li>Failure: every method may throw {@link
 *       io.github.receivables.spi.store.StoreUnavailableException} when the backing service is
 *       unreachable; the caller must then assume it does not hold the lock.
 * </ul>
 */
public interface TenantLock {

    /**
     * Acquires the tenant's lock if no lease runs at {@code now}.
     *
     * @param tenant the tenant; never null
     * @param owner the contender; 1 to 200 characters
     * @param now the current instant; never null
     * @param lease how long the lock is held unless renewed, positive; never null
     * @return the lease, or empty if another lease runs
     */
    Optional<LockLease> tryAcquire(TenantId tenant, String owner, Instant now, Duration lease);

    /**
     * Extends a lease that is still the tenant's latest: not released and not taken over, even if
     * it has expired.
     *
     * @param lease the lease held; never null
     * @param now the current instant; never null
     * @param extension the new lease counted from now, positive; never null
     * @return the renewed lease with the same token, or empty if the lock was lost
     */
    Optional<LockLease> renew(LockLease lease, Instant now, Duration extension);

    /**
     * Releases a lease so another contender may acquire at once. Releasing a lease that was lost
     * or already released does nothing.
     *
     * @param lease the lease held; never null
     */
    void release(LockLease lease);
}
