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
    private MarkupGuard.InvalidUtf8Exception invalid;
    private long[] firstReadLocation;
    /** Bytes handed to the parser so far. */
    private long passed;

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

    /**
     * Reads bytes the guard has passed. When a read contains a byte that is not valid UTF-8, it
     * returns the bytes before that byte and the next read fails. The parser's location is then
     * that of the invalid byte, and the cursor's element path is that of its element.
     */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (invalid != null) {
            throw record(invalid);
        }
        try {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                guard.scanUtf8(buffer, offset, offset + read);
                passed += read;
            } else if (read < 0) {
                guard.endUtf8();
            }
            return read;
        } catch (MarkupGuard.InvalidUtf8Exception e) {
            return holdBack(e, buffer, offset);
        } catch (IOException e) {
            throw record(e);
        }
    }

    /**
     * Returns the line and column of an invalid byte found in the first bytes read, before the
     * parser has a location of its own.
     *
     * @return {line, column}, both 1-based, or null when the failure is not such a byte
     */
    long[] firstReadLocation() {
        return firstReadLocation;
    }

    private int holdBack(MarkupGuard.InvalidUtf8Exception e, byte[] buffer, int offset)
            throws IOException {
        int valid = Math.max(0, e.index() - offset);
        if (passed == 0 && e.index() >= 0) {
            firstReadLocation = locate(buffer, offset, e.index());
        }
        invalid = e;
        if (valid > 0) {
            passed += valid;
            return valid;
        }
        throw record(e);
    }

    /** Counts lines and columns before {@code end}. Columns count bytes, as the parser's do. */
    private static long[] locate(byte[] buffer, int from, int end) {
        long line = 1;
        long column = 1;
        for (int i = from; i < end; i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new long[] {line, column};
    }

    private IOException record(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
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
