package io.github.receivables.reconciliation.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of one archive entry against what is left of the archive's expanded-size
 * budget and never closes the stream below. Past the budget every read fails with an
 * {@link IOException} and {@link #exceeded()} turns true, so the archive reader can raise its own
 * error whatever the entry's reader made of the failure.
 */
final class ExpandedSizeCounter extends FilterInputStream {

    private final long budget;
    private long count;
    private boolean exceeded;

    ExpandedSizeCounter(InputStream entry, long budget) {
        super(entry);
        this.budget = budget;
    }

    long count() {
        return count;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        checkBudget();
        int b = super.read();
        add(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkBudget();
        int n = super.read(buffer, offset, length);
        add(Math.max(n, 0));
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // The archive reader owns the stream below and moves to the next entry itself.
    }

    private void add(long bytes) throws IOException {
        count += bytes;
        if (count > budget) {
            exceeded = true;
        }
        checkBudget();
    }

    private void checkBudget() throws IOException {
        if (exceeded) {
            throw new IOException("the archive expands to more bytes than its limit allows");
        }
    }
}
