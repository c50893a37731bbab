package io.github.receivables.spi.memory;

import io.github.receivables.spi.TenantId;
import io.github.receivables.spi.lock.LockLease;
import io.github.receivables.spi.lock.TenantLock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link TenantLock} for one JVM: exclusive between threads, not between processes. Thread-safe;
 * all state changes run under one monitor. It passes the conformance kit's lock contract.
 */
public final class InMemoryTenantLock implements TenantLock {

    private final Map<TenantId, LockLease> current = new HashMap<>();
    private final Map<TenantId, Long> lastToken = new HashMap<>();

    private InMemoryTenantLock() {}

    /**
     * Creates a lock with no tenant locked.
     *
     * @return the lock
     */
    public static InMemoryTenantLock create() {
        return new InMemoryTenantLock();
    }

    @Override
    public synchronized Optional<LockLease> tryAcquire(TenantId tenant, String owner,
            Instant now, Duration lease) {
        Objects.requireNonNull(tenant, "tenant");
        LockLease.requireOwner(owner);
        Objects.requireNonNull(now, "now");
        requirePositive(lease);
        LockLease existing = current.get(tenant);
        if (existing != null && existing.isActiveAt(now)) {
            return Optional.empty();
        }
        long token = lastToken.merge(tenant, 1L, Long::sum);
        LockLease acquired = new LockLease(tenant, owner, token, now.plus(lease));
        current.put(tenant, acquired);
        return Optional.of(acquired);
    }

    @Override
    public synchronized Optional<LockLease> renew(LockLease lease, Instant now,
            Duration extension) {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(now, "now");
        requirePositive(extension);
        if (!isLatest(lease)) {
            return Optional.empty();
        }
        LockLease renewed = new LockLease(lease.tenant(), lease.owner(), lease.fencingToken(),
                now.plus(extension));
        current.put(lease.tenant(), renewed);
        return Optional.of(renewed);
    }

    @Override
    public synchronized void release(LockLease lease) {
        Objects.requireNonNull(lease, "lease");
        if (isLatest(lease)) {
            current.remove(lease.tenant());
        }
    }

    private boolean isLatest(LockLease lease) {
        LockLease existing = current.get(lease.tenant());
        return existing != null && existing.fencingToken() == lease.fencingToken()
                && existing.owner().equals(lease.owner());
    }

    private static void requirePositive(Duration lease) {
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, got " + lease);
        }
    }
}
