package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.StoreException;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.TransactionAbortedException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One in-memory transaction. It holds the database's write lock from start to end, so
 * transactions run one at a time and readers wait for the commit or rollback: serializable
 * isolation without dirty reads. Writes go straight to the tables with undo actions; a rollback
 * replays them newest first. Confined to the thread that started it.
 */
final class MemoryTransaction implements Access {

    private final ReentrantReadWriteLock lock;
    private final UndoLog undo = new UndoLog();
    private final Thread owner = Thread.currentThread();
    private boolean active;
    private RuntimeException rollbackCause;

    MemoryTransaction(ReentrantReadWriteLock lock) {
        this.lock = lock;
    }

    /** Runs the work in this transaction and commits, or rolls back and rethrows. */
    <T> T run(Stores view, Function<? super Stores, ? extends T> work) {
        if (lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("this thread already runs a transaction: call"
                    + " inTransaction on the Stores passed to the work to join it");
        }
        lock.writeLock().lock();
        active = true;
        try {
            T result;
            try {
                result = work.apply(view);
            } catch (RuntimeException | Error e) {
                undo.rollbackTo(0);
                throw e;
            }
            if (rollbackCause != null) {
                undo.rollbackTo(0);
                throw new TransactionAbortedException("transaction rolled back: an operation"
                        + " inside it failed with " + rollbackCause.getClass().getSimpleName()
                        + ", which the work caught; let the exception propagate or retry the"
                        + " whole transaction", rollbackCause);
            }
            undo.commit();
            return result;
        } finally {
            active = false;
            lock.writeLock().unlock();
        }
    }

    /** Runs nested work in this transaction; an exception from it makes the whole rollback-only. */
    <T> T join(Stores view, Function<? super Stores, ? extends T> work) {
        requireUsable();
        try {
            return work.apply(view);
        } catch (RuntimeException e) {
            markRollbackOnly(e);
            throw e;
        }
    }

    @Override
    public <T> T read(Supplier<T> action) {
        requireUsable();
        return action.get();
    }

    @Override
    public <T> T write(Function<UndoLog, T> action) {
        requireUsable();
        int mark = undo.mark();
        try {
            return action.apply(undo);
        } catch (StoreException e) {
            undo.rollbackTo(mark);
            markRollbackOnly(e);
            throw e;
        } catch (RuntimeException | Error e) {
            undo.rollbackTo(mark);
            throw e;
        }
    }

    private void markRollbackOnly(RuntimeException cause) {
        if (rollbackCause == null) {
            rollbackCause = cause;
        }
    }

    private void requireUsable() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("the Stores passed to a transaction's work belong to"
                    + " thread " + owner.getName() + "; use them only on that thread");
        }
        if (!active) {
            throw new IllegalStateException("the transaction has ended: use the Stores passed to"
                    + " a transaction's work only until the work returns");
        }
    }
}
