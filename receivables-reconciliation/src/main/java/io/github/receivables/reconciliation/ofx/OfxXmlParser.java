package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OFX 2.x XML file with StAX. DTD processing and external entities are switched off,
 * and a document that declares a DOCTYPE or refers to an entity is rejected before anything is
 * resolved. An element without child elements is a leaf whose text is its value.
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

    void parse(InputStream input, OfxEvents events) {
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(input);
            walk(xml, events);
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new MalformedStatementException(new SourcePosition(source, Math.max(line, 0),
                    0, ""), "invalid XML: " + e.getMessage() + "; expected a well-formed OFX 2"
                            + " document", e);
        } finally {
            close(xml);
        }
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
