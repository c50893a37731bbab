package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails once more than the limit were read. Closing it does not close
 * the stream underneath, because readers never close the caller's stream.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private final String source;
    private long count;

    LimitedInputStream(InputStream in, long maxBytes, String source) {
        super(in);
        this.maxBytes = maxBytes;
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // The caller owns the stream underneath.
    }

    private void count(long n) {
        count += n;
        if (count > maxBytes) {
            throw new LimitExceededException(new SourcePosition(source, 0, 0, ""),
                    "the input is larger than " + maxBytes
                            + " bytes; raise ReaderLimits.maxFileBytes to read it");
        }
    }
}
