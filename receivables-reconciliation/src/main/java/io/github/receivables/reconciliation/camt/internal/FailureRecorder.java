package io.github.receivables.reconciliation.camt.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Remembers the first I/O failure raised below the parser. The JDK parser reports such failures
 * as an {@link javax.xml.stream.XMLStreamException} that keeps only the message, so the cursor
 * takes the real cause from here: a size limit, a markup limit or a decoding error.
 */
final class FailureRecorder extends FilterReader {

    private IOException failure;

    FailureRecorder(Reader input) {
        super(input);
    }

    /** Returns the first failure seen, or null. */
    IOException failure() {
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
