package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.SourcePosition;

/**
 * The element events both OFX syntaxes are reduced to. A leaf element such as
 * {@code <TRNAMT>-34.51} arrives as start, value, end; an aggregate as start, its children, end.
 */
interface OfxEvents {

    void start(String name, SourcePosition position);

    void value(String name, String text, SourcePosition position);

    void end(String name, SourcePosition position);
}
