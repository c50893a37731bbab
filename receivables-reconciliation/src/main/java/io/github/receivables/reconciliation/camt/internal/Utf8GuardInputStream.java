package io.github.receivables.reconciliation.camt.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes UTF-8 bytes through a {@link MarkupGuard}, which validates the encoding and bounds every
 * markup construct, before the parser reads them. The parser then decodes the bytes itself, so
 * the document is decoded once. Remembers the first failure for the cursor. Closing it does not
 * close the wrapped stream. Not thread-safe.
 */
final class Utf8GuardInputStream extends FilterInputStream implements FailureSource {

    private final MarkupGuard guard;
    private final byte[] singleByte = new byte[1];
    private IOException failure;

    /**
     * Wraps a stream positioned after any byte order mark.
     *
     * @param input the document bytes
     * @param maxFieldLength the limit the {@link MarkupGuard} enforces
     */
    Utf8GuardInputStream(InputStream input, int maxFieldLength) {
        super(input);
        this.guard = new MarkupGuard(maxFieldLength);
    }

    @Override
    public IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        int read = read(singleByte, 0, 1);
        return read < 0 ? -1 : singleByte[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                guard.scanUtf8(buffer, offset, offset + read);
            } else if (read < 0) {
                guard.endUtf8();
            }
            return read;
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    /** Reads and checks the skipped bytes, so that skipping cannot bypass the guard. */
    @Override
    public long skip(long count) throws IOException {
        byte[] scratch = new byte[(int) Math.min(count, 8192)];
        long skipped = 0;
        while (skipped < count) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, count - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
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
}
