package io.github.receivables.reconciliation.text;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that counts the bytes read through it and throws a
 * {@link LimitExceededException} as soon as the count passes a maximum. It does not close the
 * wrapped stream when closed, because readers never close the caller's stream. Not thread-safe.
 */
public final class CountingInputStream extends FilterInputStream {

    private final String source;
    private final long maxBytes;
    private long count;

    /**
     * Wraps a stream.
     *
     * @param input the stream to read; never null
     * @param source the input name used in error positions; never null
     * @param maxBytes the largest number of bytes allowed, from {@code ReaderLimits.maxFileBytes}
     */
    public CountingInputStream(InputStream input, String source, long maxBytes) {
        super(input);
        this.source = source;
        this.maxBytes = maxBytes;
    }

    /**
     * Returns how many bytes were read so far.
     *
     * @return the byte count
     */
    public long count() {
        return count;
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

    private void add(long bytes) {
        count += bytes;
        if (count > maxBytes) {
            throw new LimitExceededException(
                    new SourcePosition(source, 0, 0, "byte " + count),
                    "input is larger than maxFileBytes " + maxBytes
                            + "; raise ReaderLimits.maxFileBytes to read larger files");
        }
    }
}
