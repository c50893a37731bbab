package io.github.receivables.spi.store;

/**
 * An update named a version that is no longer the stored one, because another writer changed
 * the row since it was read. Nothing was written; read the row again, reapply the change and
 * retry with the new version.
 */
public class OptimisticLockException extends ConflictException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which key, the expected and the stored version; never null
     */
    public OptimisticLockException(String message) {
        super(message);
    }
}
