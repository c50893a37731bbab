package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.TenantId;
import io.github.receivables.spi.lock.LockLease;
import io.github.receivables.spi.lock.TenantLock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contract of {@link TenantLock}: every adapter's tenant lock must pass it. */
public abstract class TenantLockContract {

    private static final TenantId ACME = TenantId.of("acme");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant NOW = TestData.NOW;

    /** The lock under test, fresh for each test. */
    protected TenantLock lock;

    /**
     * Creates the lock under test, with no tenant held.
     *
     * @return the lock; never null
     */
    protected abstract TenantLock createLock();

    /**
     * Releases what {@link #createLock()} set up. Does nothing by default.
     *
     * @param used the lock of the test that just ended
     */
    protected void cleanUp(TenantLock used) {
        // Nothing to release by default.
    }

    @BeforeEach
    final void createLockForTest() {
        lock = createLock();
    }

    @AfterEach
    final void cleanUpLockAfterTest() {
        cleanUp(lock);
    }

    private LockLease acquire(String owner, Instant now) {
        return lock.tryAcquire(ACME, owner, now, LEASE).orElseThrow();
    }

    @Test
    void acquireFreeLockGivesLease() {
        LockLease lease = acquire("node-a", NOW);

        assertEquals(ACME, lease.tenant());
        assertEquals("node-a", lease.owner());
        assertEquals(NOW.plus(LEASE), lease.expiresAt());
        assertTrue(lease.fencingToken() >= 1);
    }

    @Test
    void heldLockRejectsOtherContenderAndHolder() {
        acquire("node-a", NOW);

        assertTrue(lock.tryAcquire(ACME, "node-b", NOW.plusSeconds(29), LEASE).isEmpty());
        assertTrue(lock.tryAcquire(ACME, "node-a", NOW.plusSeconds(1), LEASE).isEmpty());
    }

    @Test
    void expiredLeaseIsTakenOverWithHigherToken() {
        LockLease first = acquire("node-a", NOW);

        LockLease second = acquire("node-b", first.expiresAt());

        assertTrue(second.fencingToken() > first.fencingToken());
        assertTrue(lock.renew(first, first.expiresAt(), LEASE).isEmpty());
    }

    @Test
    void renewExtendsAndKeepsToken() {
        LockLease first = acquire("node-a", NOW);

        LockLease renewed = lock.renew(first, NOW.plusSeconds(20), LEASE).orElseThrow();

        assertEquals(first.fencingToken(), renewed.fencingToken());
        assertEquals(NOW.plusSeconds(20).plus(LEASE), renewed.expiresAt());
        assertTrue(lock.tryAcquire(ACME, "node-b", first.expiresAt(), LEASE).isEmpty());
    }

    @Test
    void renewAfterExpiryWithoutTakeoverSucceeds() {
        LockLease first = acquire("node-a", NOW);

        Optional<LockLease> renewed = lock.renew(first, first.expiresAt().plusSeconds(5), LEASE);

        assertTrue(renewed.isPresent());
    }

    @Test
    void releaseFreesLockAtOnce() {
        LockLease first = acquire("node-a", NOW);

        lock.release(first);

        LockLease second = acquire("node-b", NOW.plusSeconds(1));
        assertTrue(second.fencingToken() > first.fencingToken());
        assertTrue(lock.renew(first, NOW.plusSeconds(2), LEASE).isEmpty());
    }

    @Test
    void releaseOfLostLeaseKeepsNewHolder() {
        LockLease first = acquire("node-a", NOW);
        LockLease second = acquire("node-b", first.expiresAt());

        lock.release(first);

        assertTrue(lock.tryAcquire(ACME, "node-c", first.expiresAt().plusSeconds(1), LEASE)
                .isEmpty());
        assertTrue(lock.renew(second, first.expiresAt().plusSeconds(2), LEASE).isPresent());
    }

    @Test
    void releaseTwiceDoesNothing() {
        LockLease first = acquire("node-a", NOW);
        lock.release(first);
        LockLease second = acquire("node-b", NOW);

        lock.release(first);

        assertTrue(lock.renew(second, NOW.plusSeconds(1), LEASE).isPresent());
    }

    @Test
    void tenantsAreIndependent() {
        acquire("node-a", NOW);

        assertTrue(lock.tryAcquire(TenantId.of("other"), "node-b", NOW, LEASE).isPresent());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void racingContendersGetOneLease() throws Exception {
        for (int round = 0; round < 20; round++) {
            TenantId tenant = TenantId.of("tenant-" + round);
            List<Callable<Boolean>> contenders = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                String owner = "node-" + c;
                contenders.add(() -> lock.tryAcquire(tenant, owner, NOW, LEASE).isPresent());
            }

            List<Boolean> acquired = Concurrently.run(contenders);

            assertEquals(1, acquired.stream().filter(b -> b).count(), "round " + round);
        }
    }
}
