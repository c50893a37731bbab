package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.BufferedInputStream;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OFX 2.x XML file with StAX, decoded by {@link StrictXmlDecoder}. DTD processing and
 * external entities are switched off, and a document that declares a DOCTYPE or refers to an
 * entity is rejected before anything is resolved. An element without child elements is a leaf
 * whose text is its value.
 */
final class OfxXmlParser {

    private final String source;
    private final int maxLength;

    OfxXmlParser(String source, int maxLength) {
        this.source = source;
        this.maxLength = maxLength;
    }

    /**
     * Returns the JDK's own StAX factory with DTDs and external entities off. The JDK's, not the
     * one a service file on the class path names, so the errors this reader translates stay the
     * same whatever parser the host or this module adds.
     */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    }

    /**
     * Parses a file positioned at its first {@code <}.
     *
     * @throws MalformedStatementException if the XML is not well-formed or a byte is not valid
     *     in the encoding the XML declaration names
     */
    void parse(BufferedInputStream input, OfxEvents events) {
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(StrictXmlDecoder.open(input, source));
            walk(xml, events);
        } catch (XMLStreamException e) {
            throw syntaxError(e);
        } finally {
            close(xml);
        }
    }

    /**
     * Translates a syntax error of the JDK parser into one line: the position goes into the
     * {@link SourcePosition}, and only the parser's sentence stays in the message.
     */
    private MalformedStatementException syntaxError(XMLStreamException e) {
        Location location = e.getLocation();
        long line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
        long column = location == null ? 0 : Math.max(location.getColumnNumber(), 0);
        SourcePosition position = new SourcePosition(source, line, column, "");
        String detail = parserMessage(e);
        if (detail.contains("must start and end within the same entity")
                || detail.contains("Premature end of file")) {
            return new MalformedStatementException(position, "the file ends before the OFX"
                    + " document is complete; expected the remaining end tags, the file looks"
                    + " truncated", e);
        }
        return new MalformedStatementException(position, "the XML is not well-formed: " + detail
                + "; expected a well-formed OFX 2 document", e);
    }

    /** Returns the parser's sentence without its "ParseError at" prefix and final period. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        String detail = marker >= 0 ? message.substring(marker + 9) : message;
        detail = detail.replace('\n', ' ').strip();
        return detail.endsWith(".") ? detail.substring(0, detail.length() - 1) : detail;
    }

    private void walk(XMLStreamReader xml, OfxEvents events) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean hadChild = true;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new MalformedStatementException(
                        position(xml, ""), "DOCTYPE declarations are not allowed; OFX 2 files"
                                + " need none and DTDs and external entities are rejected");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new MalformedStatementException(
                        position(xml, ""), "entity reference &" + xml.getLocalName()
                                + "; is not allowed; only the predefined XML entities are read");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> checkHeader(xml);
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = name(xml);
                    events.start(name, position(xml, name));
                    text.setLength(0);
                    hadChild = false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                        XMLStreamConstants.SPACE -> {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    if (text.length() > maxLength) {
                        throw new LimitExceededException(position(xml, ""),
                                "value is longer than maxFieldLength " + maxLength
                                        + " characters; raise ReaderLimits.maxFieldLength");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = name(xml);
                    SourcePosition position = position(xml, name);
                    if (!hadChild) {
                        events.value(name, text.toString().strip(), position);
                    }
                    events.end(name, position);
                    text.setLength(0);
                    hadChild = true;
                }
                default -> { }
            }
        }
    }

    /** Checks the {@code <?OFX OFXHEADER="200" VERSION="211"?>} header for a 2.x version. */
    private void checkHeader(XMLStreamReader xml) {
        if (!"OFX".equalsIgnoreCase(xml.getPITarget())) {
            return;
        }
        String data = xml.getPIData() == null ? "" : xml.getPIData();
        int at = data.indexOf("VERSION=\"");
        if (at >= 0 && at + 10 < data.length() && data.charAt(at + 9) != '2') {
            String version = data.substring(at + 9, data.indexOf('"', at + 9));
            throw new UnsupportedVersionException(position(xml, "OFX"), "OFX version "
                    + version + " in an XML file; this reader handles 2.x XML and 1.x SGML");
        }
    }

    private static String name(XMLStreamReader xml) {
        return xml.getLocalName().toUpperCase(Locale.ROOT);
    }

    private SourcePosition position(XMLStreamReader xml, String path) {
        return new SourcePosition(source, Math.max(xml.getLocation().getLineNumber(), 0),
                0, path);
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Closing releases parser state only; the caller owns the stream.
            }
        }
    }
}
