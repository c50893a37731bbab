package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the StAX events of one file and hands each DTE to the handler as soon as its element
 * closes, so memory stays bounded by one DTE. Elements of other namespaces, such as the
 * {@code ds:Signature} blocks, are skipped whole. One instance reads one file.
 */
final class DteXmlParser {

    static final String SII_NAMESPACE = "http://www.sii.cl/SiiDte";

    private static final Set<String> ROOTS = Set.of("DTE", "EnvioDTE", "EnvioBOLETA");
    private static final Set<String> DOCUMENT_ELEMENTS =
            Set.of("Documento", "Exportaciones", "Liquidacion");

    private final XMLStreamReader xml;
    private final String source;
    private final DteReaderOptions options;
    private final DteHandler handler;
    private final List<String> stack = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean leafOpen;
    private boolean envelope;
    private int dteDepth = -1;
    private int documentDepth = -1;
    private DteAssembler current;
    private long dteCount;
    private long declaredCount;

    DteXmlParser(XMLStreamReader xml, String source, DteReaderOptions options,
            DteHandler handler) {
        this.xml = xml;
        this.source = source;
        this.options = options;
        this.handler = handler;
    }

    /** Reads to the end of the file and returns the number of DTEs handed over. */
    long parse() throws XMLStreamException {
        boolean rootSeen = false;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    rootSeen = true;
                    onStart();
                }
                case XMLStreamConstants.END_ELEMENT -> onEnd();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                        XMLStreamConstants.SPACE -> onText();
                case XMLStreamConstants.DTD -> throw dtdRejected();
                case XMLStreamConstants.ENTITY_REFERENCE -> throw entityRejected();
                default -> { }
            }
        }
        if (!rootSeen) {
            throw new MalformedStatementException(position(), "the file has no root element:"
                    + " expected DTE or EnvioDTE");
        }
        checkDeclaredCount();
        return dteCount;
    }

    private void onStart() throws XMLStreamException {
        String namespace = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (stack.isEmpty()) {
            checkRoot(namespace, name);
        } else if (!isSiiNamespace(namespace)) {
            skipForeignElement();
            leafOpen = false;
            return;
        }
        push(name);
        int depth = stack.size() - 1;
        if (isDteElement(name)) {
            startDte();
        } else if (current != null && documentDepth < 0 && depth == dteDepth + 1
                && DOCUMENT_ELEMENTS.contains(name)) {
            documentDepth = depth;
        } else if (insideDocument()) {
            current.startElement(relativePath(), position());
        }
    }

    private void onEnd() {
        int depth = stack.size() - 1;
        boolean leaf = leafOpen;
        leafOpen = false;
        if (insideDocument() && depth > documentDepth) {
            String path = relativePath();
            if (leaf) {
                current.field(path, text.toString().strip(), position());
            } else {
                current.endElement(path);
            }
        } else if (leaf && isSubTotalCount()) {
            addDeclaredCount(text.toString().strip());
        }
        if (depth == documentDepth) {
            documentDepth = -1;
        }
        if (depth == dteDepth) {
            finishDte();
        }
        stack.remove(depth);
        text.setLength(0);
    }

    private void onText() {
        if (!leafOpen) {
            return;
        }
        int length = xml.getTextLength();
        if (text.length() + length > options.limits().maxFieldLength()) {
            throw new LimitExceededException(position(), "text of element " + stack.get(
                    stack.size() - 1) + " is longer than the limit of "
                    + options.limits().maxFieldLength() + " characters");
        }
        text.append(xml.getTextCharacters(), xml.getTextStart(), length);
    }

    private void push(String name) {
        stack.add(name);
        if (stack.size() > options.limits().maxDepth()) {
            throw new LimitExceededException(position(), "elements nest deeper than the limit of "
                    + options.limits().maxDepth() + " levels");
        }
        text.setLength(0);
        leafOpen = true;
    }

    private void checkRoot(String namespace, String name) {
        if (!isSiiNamespace(namespace) || !ROOTS.contains(name)) {
            String qualified = namespace == null || namespace.isEmpty()
                    ? name : "{" + namespace + "}" + name;
            throw new UnsupportedVersionException(position(), "root element " + qualified
                    + " is not an SII document: expected DTE, EnvioDTE or EnvioBOLETA in"
                    + " namespace " + SII_NAMESPACE + " or in no namespace");
        }
        envelope = !name.equals("DTE");
    }

    private boolean isDteElement(String name) {
        if (!name.equals("DTE")) {
            return false;
        }
        return stack.size() == 1
                || envelope && stack.size() == 3 && stack.get(1).equals("SetDTE");
    }

    private void startDte() {
        dteCount++;
        if (dteCount > options.limits().maxEntries()) {
            throw new LimitExceededException(position(), "file contains more than the limit of "
                    + options.limits().maxEntries() + " DTEs");
        }
        dteDepth = stack.size() - 1;
        current = new DteAssembler(position(), options, handler::warning);
    }

    private void finishDte() {
        DteDocument document = current.build();
        current = null;
        dteDepth = -1;
        documentDepth = -1;
        handler.document(document);
    }

    private boolean insideDocument() {
        return current != null && documentDepth >= 0;
    }

    private boolean isSubTotalCount() {
        return envelope && stack.size() == 5 && stack.get(1).equals("SetDTE")
                && stack.get(2).equals("Caratula") && stack.get(3).equals("SubTotDTE")
                && stack.get(4).equals("NroDTE");
    }

    private void addDeclaredCount(String value) {
        try {
            declaredCount += Long.parseLong(value);
        } catch (NumberFormatException e) {
            handler.warning(new ReaderWarning(position(), "Caratula NroDTE '" + value
                    + "' is not a number, so the DTE count cannot be checked"));
        }
    }

    private void checkDeclaredCount() {
        if (envelope && declaredCount > 0 && declaredCount != dteCount) {
            handler.warning(new ReaderWarning(new SourcePosition(source, 0, 0, ""), "Caratula"
                    + " declares " + declaredCount + " DTEs but the file holds " + dteCount));
        }
    }

    private void skipForeignElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (stack.size() + depth > options.limits().maxDepth()) {
                    throw new LimitExceededException(position(), "elements nest deeper than the"
                            + " limit of " + options.limits().maxDepth() + " levels");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw entityRejected();
            }
        }
    }

    private MalformedStatementException dtdRejected() {
        return new MalformedStatementException(position(), "the file has a DOCTYPE declaration:"
                + " DTDs are rejected because they can read local files or expand without bound;"
                + " SII documents never contain one, so remove it");
    }

    private MalformedStatementException entityRejected() {
        return new MalformedStatementException(position(), "entity reference &"
                + xml.getLocalName() + "; is rejected: only the predefined XML entities and"
                + " character references are accepted");
    }

    private String relativePath() {
        return String.join("/", stack.subList(documentDepth + 1, stack.size()));
    }

    /** Returns the current position with a path such as {@code /EnvioDTE/SetDTE/DTE[2]/...}. */
    SourcePosition position() {
        Location location = xml.getLocation();
        long line = location == null ? 0 : Math.max(0, location.getLineNumber());
        long column = location == null ? 0 : Math.max(0, location.getColumnNumber());
        return new SourcePosition(source, line, column, path());
    }

    private String path() {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < stack.size(); i++) {
            path.append('/').append(stack.get(i));
            if (i == dteDepth && envelope) {
                path.append('[').append(dteCount).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isSiiNamespace(String namespace) {
        return namespace == null || namespace.isEmpty() || namespace.equals(SII_NAMESPACE);
    }
}
