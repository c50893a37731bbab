package io.github.receivables.spi.memory;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs each operation as its own transaction: reads under the read lock, writes under the write
 * lock, a failed write undone before the lock is released.
 */
final class AutoCommitAccess implements Access {

    private final ReentrantReadWriteLock lock;

    AutoCommitAccess(ReentrantReadWriteLock lock) {
        this.lock = lock;
    }

    @Override
    public <T> T read(Supplier<T> action) {
        requireNoTransactionOnThisThread();
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public <T> T write(Function<UndoLog, T> action) {
        requireNoTransactionOnThisThread();
        lock.writeLock().lock();
        UndoLog undo = new UndoLog();
        try {
            T result = action.apply(undo);
            undo.commit();
            return result;
        } catch (RuntimeException | Error e) {
            undo.rollbackTo(0);
            throw e;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Rejects use of the auto-commit stores by a thread that runs a transaction: with a database
     * such an operation would run on another connection and could wait for the transaction's own
     * locks, so the in-memory stores fail at once instead.
     */
    private void requireNoTransactionOnThisThread() {
        if (lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("this thread runs a transaction: inside the work, use"
                    + " the Stores passed to it, not the InMemoryStores instance");
        }
    }
}
