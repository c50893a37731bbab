package io.github.receivables.reconciliation.camt.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes decoded characters through a {@link MarkupGuard} before the parser reads them. Serves
 * documents in encodings other than UTF-8; UTF-8 goes through {@link Utf8GuardInputStream}.
 * Not thread-safe.
 */
final class MarkupGuardReader extends FilterReader {

    private final MarkupGuard guard;

    /**
     * Wraps a reader.
     *
     * @param input the decoded document
     * @param maxFieldLength the limit the {@link MarkupGuard} enforces
     */
    MarkupGuardReader(Reader input, int maxFieldLength) {
        super(input);
        this.guard = new MarkupGuard(maxFieldLength);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        if (read > 0) {
            guard.scan(buffer, offset, offset + read);
        }
        return read;
    }
}
