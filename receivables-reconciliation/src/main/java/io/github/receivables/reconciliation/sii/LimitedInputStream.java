package io.github.receivables.reconciliation.sii;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails once they pass a maximum. The failure is an
 * {@link IOException} because XML parsers wrap whatever their input throws; the readers check
 * {@link #exceeded()} to turn it into a limit error. Closing does not close the wrapped stream,
 * because readers never close the caller's stream.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long count;
    private boolean exceeded;

    LimitedInputStream(InputStream input, long maxBytes) {
        super(input);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            add(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            add(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
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

    private void add(long bytes) throws IOException {
        count += bytes;
        if (count > maxBytes) {
            exceeded = true;
            throw new IOException("input is larger than the limit of " + maxBytes + " bytes");
        }
    }

    boolean exceeded() {
        return exceeded;
    }

    long maxBytes() {
        return maxBytes;
    }
}
