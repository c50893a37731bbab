package io.github.receivables.spi.memory;

import io.github.receivables.spi.lock.TenantLock;
import io.github.receivables.spi.testkit.TenantLockContract;

class InMemoryTenantLockTest extends TenantLockContract {

    @Override
    protected TenantLock createLock() {
        return InMemoryTenantLock.create();
    }
}
