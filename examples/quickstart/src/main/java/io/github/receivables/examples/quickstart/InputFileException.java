package io.github.receivables.examples.quickstart;

import io.github.receivables.core.ReceivablesException;
import java.util.Objects;

/**
 * An input file the app cannot use. The app prints the message as one line and exits with code
 * 2; the store is left unchanged because every file is read and checked before anything is
 * written.
 */
public final class InputFileException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * Creates the exception.
     *
     * @param file the file as the user named it; never null
     * @param reason what is wrong and, where known, what to do; never null
     * @param cause the underlying failure, or null
     */
    public InputFileException(String file, String reason, Throwable cause) {
        super(prefixed(Objects.requireNonNull(file, "file"), Objects.requireNonNull(reason,
                "reason")), cause);
        this.file = file;
    }

    /**
     * Creates the exception without an underlying failure.
     *
     * @param file the file as the user named it; never null
     * @param reason what is wrong; never null
     */
    public InputFileException(String file, String reason) {
        this(file, reason, null);
    }

    /**
     * Wraps a reader's failure, keeping its message when it already names the file.
     *
     * @param file the file as the user named it; never null
     * @param cause the reader's failure; never null
     * @return the exception; never null
     */
    public static InputFileException of(String file, Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage();
        return new InputFileException(file, message, cause);
    }

    /**
     * Returns the file.
     *
     * @return the file as the user named it; never null
     */
    public String file() {
        return file;
    }

    private static String prefixed(String file, String reason) {
        String oneLine = reason.strip().replaceAll("\\s*\\R\\s*", " ");
        return oneLine.startsWith(file) ? oneLine : file + ": " + oneLine;
    }
}
