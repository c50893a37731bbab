package io.github.receivables.reconciliation.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails once more than a maximum have been read, so that a
 * parser pulling from it can never consume more input than the limit allows. Once past the limit,
 * every later read fails too, whatever the parser made of the first failure. The failure is an
 * {@link IOException}, because XML parsers wrap what their input throws. A reader checks
 * {@link #exceeded()} to turn it into its own limit error. Closing it does not close the wrapped
 * stream, because readers never close the caller's stream. Not thread-safe.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private final String message;
    private long count;

    /**
     * Wraps a stream.
     *
     * @param input the stream to read from; never null
     * @param maxBytes the most bytes that may be read, positive
     * @param message the error message when the limit is passed, naming the limit and the fix
     */
    public LimitedInputStream(InputStream input, long maxBytes, String message) {
        super(input);
        this.maxBytes = maxBytes;
        this.message = message;
    }

    /**
     * Returns how many bytes have been read so far.
     *
     * @return the byte count
     */
    public long count() {
        return count;
    }

    /**
     * Returns whether more bytes than the limit allows were read.
     *
     * @return true once the limit was passed
     */
    public boolean exceeded() {
        return count > maxBytes;
    }

    /**
     * Returns the limit this stream enforces.
     *
     * @return the most bytes that may be read
     */
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public int read() throws IOException {
        checkLimit();
        int value = super.read();
        if (value >= 0) {
            add(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkLimit();
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            add(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        checkLimit();
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // The caller owns the wrapped stream.
    }

    private void add(long bytes) throws SizeLimitException {
        count += bytes;
        checkLimit();
    }

    private void checkLimit() throws SizeLimitException {
        if (count > maxBytes) {
            throw new SizeLimitException(message);
        }
    }

    /** Signals that more bytes were read than the limit allows. */
    public static final class SizeLimitException extends IOException {

        private static final long serialVersionUID = 1L;

        SizeLimitException(String message) {
            super(message);
        }
    }
}
