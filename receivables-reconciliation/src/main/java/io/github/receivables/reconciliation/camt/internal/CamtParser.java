package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Streams one camt.052, camt.053 or camt.054 document into a {@link StatementHandler}. This is
 * the engine behind {@code CamtReader}; it is not API. Instances hold only their limits and are
 * thread-safe; each call keeps its state on its own stack.
 */
public final class CamtParser {

    private final ReaderLimits limits;

    /**
     * Creates a parser.
     *
     * @param limits the limits every read enforces; never null
     */
    public CamtParser(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads a document.
     *
     * @param input the document bytes; not closed
     * @param source the name used in positions
     * @param handler receives statements, entries and warnings
     * @throws io.github.receivables.reconciliation.statement.StatementException if the document
     *     is not a readable camt message within the limits
     * @throws java.io.UncheckedIOException if the input stream itself fails
     */
    public void parse(InputStream input, String source, StatementHandler handler) {
        XmlCursor cursor = XmlCursor.open(input, source, limits);
        String namespace = cursor.enterRoot();
        if (!cursor.name().equals("Document")) {
            throw cursor.malformed("the root element is " + cursor.name()
                    + "; expected Document in a camt namespace");
        }
        CamtMessageType type = CamtMessageType.of(namespace).orElseThrow(() ->
                new UnsupportedVersionException(cursor.position(), "the namespace '" + namespace
                        + "' is not a supported camt message; expected"
                        + " urn:iso:std:iso:20022:tech:xsd:camt.05x.001.NN with x = 2, 3 or 4"
                        + " and NN from 02 to 13"));
        readDocument(cursor, type, source, handler);
        cursor.finishDocument();
    }

    private void readDocument(XmlCursor cursor, CamtMessageType type, String source,
            StatementHandler handler) {
        boolean found = false;
        while (cursor.nextChild()) {
            if (!cursor.name().equals(type.messageElement())) {
                throw cursor.malformed("found " + cursor.name() + " under Document; expected "
                        + type.messageElement() + " as namespace " + type.namespace() + " declares");
            }
            readMessage(cursor, type, source, handler);
            found = true;
        }
        if (!found) {
            throw cursor.malformed("the Document is empty; expected " + type.messageElement());
        }
    }

    private void readMessage(XmlCursor cursor, CamtMessageType type, String source,
            StatementHandler handler) {
        StatementParser.GroupHeader group = new StatementParser.GroupHeader();
        EntryBudget budget = new EntryBudget(limits.maxEntries());
        int statements = 0;
        while (cursor.nextChild()) {
            String name = cursor.name();
            if (name.equals("GrpHdr")) {
                groupHeader(cursor, group);
            } else if (name.equals(type.statementElement())) {
                new StatementParser(cursor, type, source, group, handler, budget).read();
                statements++;
            } else {
                cursor.skip();
            }
        }
        if (statements == 0) {
            throw cursor.malformed("the message has no " + type.statementElement()
                    + "; expected at least one");
        }
    }

    private static void groupHeader(XmlCursor cursor, StatementParser.GroupHeader group) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "MsgId" -> group.messageId = PartyParser.empty(cursor.text());
                case "CreDtTm" -> group.created = CamtValues.dateTime(cursor, cursor.text());
                default -> cursor.skip();
            }
        }
    }
}
