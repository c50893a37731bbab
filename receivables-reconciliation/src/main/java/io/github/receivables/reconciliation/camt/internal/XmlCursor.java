package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamLocation2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Walks an XML document element by element on top of StAX while enforcing {@link ReaderLimits}
 * and tracking the element path for error positions.
 *
 * <p>Navigation contract: {@link #nextChild()} is called while positioned on an element's start
 * tag or on the end tag of its previous child; every child it returns must be consumed entirely
 * with {@link #text()}, {@link #subtreeText()}, {@link #skip()} or a nested {@code nextChild()}
 * loop before the next call. Not thread-safe.
 */
final class XmlCursor {

    private static final Set<String> REPEATED = Set.of(
            "Stmt", "Rpt", "Ntfctn", "Bal", "Ntry", "NtryDtls", "TxDtls", "Ustrd", "Strd", "Rcrd");

    private final XMLStreamReader reader;
    private final FailureSource failures;
    private final String source;
    private final ReaderLimits limits;
    private String[] names = new String[32];
    private int[] indexes = new int[32];
    private String[] lastChild = new String[33];
    private int[] lastChildCount = new int[33];
    private int depth;
    private long textRun;
    private final StringBuilder text = new StringBuilder(128);
    private final TextValue value = new TextValue();

    private XmlCursor(XMLStreamReader reader, FailureSource failures, String source,
            ReaderLimits limits) {
        this.reader = reader;
        this.failures = failures;
        this.source = source;
        this.limits = limits;
    }

    /**
     * Opens a cursor over a document, counting its bytes against {@code limits.maxFileBytes()}.
     *
     * @throws StatementException if the encoding is unusable or the prolog is malformed
     */
    static XmlCursor open(InputStream input, String source, ReaderLimits limits) {
        GuardedXmlInput opened = GuardedXmlInput.open(input, source, limits);
        return new XmlCursor(opened.reader(), opened.failures(), source, limits);
    }

    /**
     * Moves to the root element.
     *
     * @return the namespace URI of the root element, or an empty string when it has none
     */
    String enterRoot() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String namespace = reader.getNamespaceURI();
                return namespace == null ? "" : namespace;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw malformed("the file contains no XML element; expected a camt Document");
            }
        }
    }

    /** Reads past the root element's end and checks that only comments or whitespace follow. */
    void finishDocument() {
        while (reader.getEventType() != XMLStreamConstants.END_DOCUMENT) {
            next();
        }
    }

    /**
     * Moves to the next child element of the current element.
     *
     * @return true when positioned on a child's start tag, false when the current element ended
     */
    boolean nextChild() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw malformed("the file ends inside an element; expected its end tag");
            }
        }
    }

    /** Returns the local name of the element the cursor is on. */
    String name() {
        return names[depth - 1];
    }

    /** Returns an attribute of the current start tag, or null. */
    String attribute(String localName) {
        return reader.getAttributeValue(null, localName);
    }

    /**
     * Reads the text of a simple element and moves to its end tag.
     *
     * @return the text without surrounding whitespace; empty when there is none
     * @throws MalformedStatementException if the element contains child elements
     */
    String text() {
        int start = depth;
        String single = null;
        text.setLength(0);
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                        XMLStreamConstants.SPACE -> {
                    // Most values arrive in one chunk; copy it once, straight into a String.
                    if (single == null && text.length() == 0) {
                        single = new String(reader.getTextCharacters(), reader.getTextStart(),
                                reader.getTextLength());
                    } else {
                        if (single != null) {
                            text.append(single);
                            single = null;
                        }
                        appendText();
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> throw malformed("expected text in "
                        + names[start - 1] + " but found element " + name());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == start - 1) {
                        return single != null ? single.strip() : trimmed();
                    }
                }
                default -> { }
            }
        }
    }

    /**
     * Reads all text inside the current element, including that of nested elements, and moves to
     * its end tag. Serves elements that versions write either as text or as a wrapper, such as
     * {@code <Sts>BOOK</Sts>} and {@code <Sts><Cd>BOOK</Cd></Sts>}.
     *
     * @return the concatenated text without surrounding whitespace
     */
    String subtreeText() {
        int start = depth;
        text.setLength(0);
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                appendText();
            } else if (event == XMLStreamConstants.END_ELEMENT && depth == start - 1) {
                return trimmed();
            }
        }
    }

    /**
     * Reads the text of the current element like {@link #text()} (or {@link #subtreeText()} when
     * {@code subtree} is true) into a reusable buffer instead of a String.
     *
     * @return the value without surrounding whitespace, valid until the cursor moves again
     * @throws MalformedStatementException if {@code subtree} is false and the element contains
     *     child elements
     */
    TextValue readValue(boolean subtree) {
        int start = depth;
        value.clear();
        while (true) {
            int event = next();
            if (isText(event)) {
                value.append(reader.getTextCharacters(), reader.getTextStart(),
                        reader.getTextLength());
            } else if (event == XMLStreamConstants.START_ELEMENT && !subtree) {
                throw malformed("expected text in " + names[start - 1] + " but found element "
                        + name());
            } else if (event == XMLStreamConstants.END_ELEMENT && depth == start - 1) {
                value.strip();
                return value;
            }
        }
    }

    /** Skips the current element and everything inside it, still enforcing the limits. */
    void skip() {
        int start = depth;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT && depth == start - 1) {
                return;
            }
        }
    }

    /** Returns the position of the current element: line, column and element path. */
    SourcePosition position() {
        javax.xml.stream.Location location = reader.getLocation();
        return new SourcePosition(source, Math.max(0, location.getLineNumber()),
                Math.max(0, location.getColumnNumber()), path());
    }

    /** Returns the element path such as {@code /Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt}. */
    String path() {
        return path(depth);
    }

    private String path(int levels) {
        StringBuilder path = new StringBuilder(96);
        for (int i = 0; i < levels; i++) {
            path.append('/').append(names[i]);
            if (indexes[i] > 1 || REPEATED.contains(names[i])) {
                path.append('[').append(indexes[i]).append(']');
            }
        }
        return path.toString();
    }

    /** Creates an error about the file's structure at the current position. */
    MalformedStatementException malformed(String message) {
        return new MalformedStatementException(position(), message);
    }

    /** Creates an error about a field's value at the current position. */
    InvalidValueException invalid(String message) {
        return new InvalidValueException(position(), message);
    }

    /**
     * Creates an error about the value of the element that {@link #text()} or
     * {@link #subtreeText()} just read; the path names that element.
     */
    InvalidValueException invalidValue(String message) {
        javax.xml.stream.Location location = reader.getLocation();
        SourcePosition position = new SourcePosition(source,
                Math.max(0, location.getLineNumber()), Math.max(0, location.getColumnNumber()),
                path(depth + 1));
        return new InvalidValueException(position, message);
    }

    /** Creates an error about an exceeded limit at the current position. */
    LimitExceededException limit(String message) {
        return new LimitExceededException(position(), message);
    }

    private int next() {
        int event;
        int textLength = 0;
        try {
            event = reader.next();
            if (isText(event)) {
                // Aalto reads the rest of a text node here, so parse errors in it surface here.
                textLength = reader.getTextLength();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw failed(e);
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> push(reader.getLocalName());
            case XMLStreamConstants.END_ELEMENT -> {
                depth--;
                textRun = 0;
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                    XMLStreamConstants.SPACE -> countText(textLength);
            case XMLStreamConstants.DTD -> throw malformed("the file contains a DOCTYPE"
                    + " declaration; expected a camt document without DTD, which this reader"
                    + " neither loads nor expands");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw malformed("the file references the"
                    + " entity &" + reader.getLocalName() + "; expected plain text or the five"
                    + " predefined XML entities");
            default -> { }
        }
        return event;
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /**
     * Translates a parser failure. Aalto wraps some failures in an unchecked exception whose
     * cause is the {@link XMLStreamException}.
     */
    private RuntimeException failed(Exception e) {
        Exception parserFailure = e;
        if (e instanceof RuntimeException && e.getCause() instanceof XMLStreamException stream) {
            parserFailure = stream;
        }
        Throwable cause = failures.failure() != null ? failures.failure() : parserFailure;
        return Failures.translate(cause, failurePosition(parserFailure), limits);
    }

    private void countText(int length) {
        textRun += length;
        if (textRun > limits.maxFieldLength()) {
            throw limit("a text node is longer than maxFieldLength = " + limits.maxFieldLength()
                    + " characters; expected a shorter value or a larger ReaderLimits"
                    + ".maxFieldLength");
        }
    }

    private void push(String name) {
        int level = depth;
        if (level + 1 > limits.maxDepth()) {
            throw limit("elements are nested deeper than maxDepth = " + limits.maxDepth()
                    + "; expected the shallow nesting of a camt message");
        }
        ensureCapacity(level + 2);
        int index = name.equals(lastChild[level]) ? lastChildCount[level] + 1 : 1;
        lastChild[level] = name;
        lastChildCount[level] = index;
        names[level] = name;
        indexes[level] = index;
        lastChild[level + 1] = null;
        depth = level + 1;
        textRun = 0;
    }

    private void ensureCapacity(int size) {
        if (size > names.length) {
            int grown = Math.max(size, names.length * 2);
            names = Arrays.copyOf(names, grown);
            indexes = Arrays.copyOf(indexes, grown);
            lastChild = Arrays.copyOf(lastChild, grown + 1);
            lastChildCount = Arrays.copyOf(lastChildCount, grown + 1);
        }
    }

    private void appendText() {
        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    }

    private String trimmed() {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Returns where a failure happened. The guard below the parser holds back an invalid byte
     * until the parser has consumed every byte before it, so the parser's current location, not
     * the start of its current event, is the location of that byte.
     */
    private SourcePosition failurePosition(Exception e) {
        long line = 0;
        long column = 0;
        if (failures.failure() instanceof MarkupGuard.InvalidUtf8Exception
                && reader instanceof XMLStreamReader2 located) {
            XMLStreamLocation2 current = located.getLocationInfo().getCurrentLocation();
            line = current.getLineNumber();
            column = current.getColumnNumber();
        } else if (e instanceof XMLStreamException stream && stream.getLocation() != null) {
            line = stream.getLocation().getLineNumber();
            column = stream.getLocation().getColumnNumber();
        } else {
            try {
                line = reader.getLocation().getLineNumber();
                column = reader.getLocation().getColumnNumber();
            } catch (RuntimeException ignored) {
                // The parser is broken; the path alone must do.
            }
        }
        return new SourcePosition(source, Math.max(0, line), Math.max(0, column), path());
    }
}
