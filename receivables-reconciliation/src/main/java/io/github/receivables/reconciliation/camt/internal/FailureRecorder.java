package io.github.receivables.reconciliation.camt.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Remembers the first I/O failure raised by the reader below the parser. */
final class FailureRecorder extends FilterReader implements FailureSource {

    private IOException failure;

    FailureRecorder(Reader input) {
        super(input);
    }

    @Override
    public IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        try {
            return super.read(buffer, offset, count);
        } catch (IOException e) {
            throw record(e);
        }
    }

    private IOException record(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
