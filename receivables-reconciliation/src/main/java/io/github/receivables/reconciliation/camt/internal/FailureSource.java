package io.github.receivables.reconciliation.camt.internal;

import java.io.IOException;

/**
 * A stream or reader below the parser that remembers the first I/O failure it raised. Parsers
 * report such failures as an {@link javax.xml.stream.XMLStreamException} that may keep only the
 * message, so the cursor takes the real cause from here: a size limit, a markup limit or a
 * decoding error.
 */
interface FailureSource {

    /** Returns the first failure seen, or null. */
    IOException failure();
}
