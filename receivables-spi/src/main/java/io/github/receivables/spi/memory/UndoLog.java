package io.github.receivables.spi.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The undo actions of the writes made so far by one transaction or auto-commit operation. The
 * writer holds the database's write lock for its whole life, so no other thread can see the writes
 * before they are either kept (commit) or undone (rollback). Not thread-safe.
 */
final class UndoLog {

    private final List<Runnable> actions = new ArrayList<>();

    void record(Runnable undo) {
        actions.add(undo);
    }

    /** Returns a position to roll back to, for undoing one failed operation only. */
    int mark() {
        return actions.size();
    }

    /** Undoes the writes recorded after a mark, newest first. */
    void rollbackTo(int mark) {
        for (int i = actions.size() - 1; i >= mark; i--) {
            actions.remove(i).run();
        }
    }

    /** Keeps every write recorded so far. */
    void commit() {
        actions.clear();
    }
}
