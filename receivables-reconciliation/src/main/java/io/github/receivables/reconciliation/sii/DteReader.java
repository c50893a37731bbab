package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import io.github.receivables.reconciliation.text.LimitedInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads SII electronic tax documents from XML: a single {@code DTE} or an {@code EnvioDTE} (or
 * {@code EnvioBOLETA}) holding any number of them, in the SII namespace
 * {@code http://www.sii.cl/SiiDte} or in none.
 *
 * <p>The encoding comes from the XML declaration (SII files declare ISO-8859-1; UTF-8 and
 * windows-1252 work too), else from a byte order mark, else from
 * {@link DteReaderOptions#undeclaredCharset()}. Signatures are ignored and not verified. DTDs and
 * entity references other than the predefined ones are rejected, and the
 * {@link DteReaderOptions#limits() limits} bound the file size, the number of DTEs, the length of
 * a text and the nesting depth. Memory stays bounded by one DTE whatever the file size.
 *
 * <p>Instances are immutable and thread-safe. The reader never closes the stream it is given.
 */
public final class DteReader {

    private static final Logger LOG = LoggerFactory.getLogger(DteReader.class);
    private static final int SNIFF_BYTES = 512;

    private final DteReaderOptions options;

    /** Creates a reader with {@link DteReaderOptions#DEFAULTS}. */
    public DteReader() {
        this(DteReaderOptions.DEFAULTS);
    }

    /**
     * Creates a reader.
     *
     * @param options the limits, fallback charset and extra currency names
     * @throws NullPointerException if options is null
     */
    public DteReader(DteReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads every DTE of the input and passes each to the handler as soon as its element ends.
     *
     * @param input the file content; not closed by this method
     * @param source a name for the input used in positions and messages, such as the file name
     * @param handler receives the DTEs and warnings in file order
     * @return the number of DTEs handed to the handler
     * @throws NullPointerException if an argument is null
     * @throws MalformedStatementException if the input is not well-formed XML (for example
     *     truncated), has a DTD or entity reference, or a DTE lacks a required element
     * @throws UnsupportedVersionException if the root element is not an SII DTE or envelope
     * @throws InvalidValueException if a field contains an invalid value, such as a RUT with a
     *     wrong check digit or an unknown currency name
     * @throws LimitExceededException if the input passes one of the limits
     */
    public long read(InputStream input, String source, DteHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(handler, "handler");
        LimitedInputStream limited = new LimitedInputStream(input,
                options.limits().maxFileBytes(), "the input is larger than maxFileBytes");
        XMLStreamReader xml = open(limited, source);
        DteXmlParser parser = new DteXmlParser(xml, source, options, handler);
        try {
            long count = parser.parse();
            LOG.debug("Read {} DTEs from {}", count, source);
            return count;
        } catch (XMLStreamException e) {
            throw translate(e, limited, parser.position());
        } finally {
            closeQuietly(xml);
        }
    }

    /**
     * Reads every DTE of the input into a list. Meant for files of ordinary size; warnings are
     * dropped, so use {@link #read} to see them.
     *
     * @param input the file content; not closed by this method
     * @param source a name for the input used in positions and messages
     * @return the DTEs in file order; never null
     * @throws NullPointerException if an argument is null
     * @throws io.github.receivables.reconciliation.statement.StatementException as
     *     {@link #read} does
     */
    public List<DteDocument> readAll(InputStream input, String source) {
        List<DteDocument> documents = new ArrayList<>();
        read(input, source, documents::add);
        return documents;
    }

    private XMLStreamReader open(LimitedInputStream limited, String source) {
        BufferedInputStream buffered = new BufferedInputStream(limited);
        try {
            if (declaresEncoding(buffered)) {
                return factory().createXMLStreamReader(buffered);
            }
            InputStreamReader reader = new InputStreamReader(buffered,
                    options.undeclaredCharset().newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            return factory().createXMLStreamReader(reader);
        } catch (XMLStreamException e) {
            throw translate(e, limited, new SourcePosition(source, 0, 0, ""));
        } catch (IOException e) {
            throw limited.exceeded() ? tooLarge(limited, source) : new MalformedStatementException(
                    new SourcePosition(source, 0, 0, ""), "the input could not be read: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Tells whether the parser can find the encoding itself: from a byte order mark or from an
     * encoding named in the XML declaration.
     */
    private static boolean declaresEncoding(BufferedInputStream input) throws IOException {
        input.mark(SNIFF_BYTES);
        byte[] head = input.readNBytes(SNIFF_BYTES);
        input.reset();
        if (hasByteOrderMark(head)) {
            return true;
        }
        String prolog = new String(head, StandardCharsets.ISO_8859_1);
        int end = prolog.indexOf("?>");
        return prolog.startsWith("<?xml") && (end < 0 || prolog.substring(0, end)
                .contains("encoding"));
    }

    private static boolean hasByteOrderMark(byte[] head) {
        if (head.length < 2) {
            return false;
        }
        int first = head[0] & 0xFF;
        int second = head[1] & 0xFF;
        boolean utf8 = first == 0xEF && second == 0xBB && head.length > 2
                && (head[2] & 0xFF) == 0xBF;
        boolean utf16 = first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE;
        return utf8 || utf16;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " is not allowed");
        });
        return factory;
    }

    private static RuntimeException translate(XMLStreamException e, LimitedInputStream limited,
            SourcePosition current) {
        if (limited.exceeded()) {
            return tooLarge(limited, current.source());
        }
        Location location = e.getLocation();
        SourcePosition at = location == null ? current : new SourcePosition(current.source(),
                Math.max(0, location.getLineNumber()), Math.max(0, location.getColumnNumber()),
                current.path());
        return new MalformedStatementException(at, "the XML is not well-formed ("
                + firstLine(e.getMessage()) + "); expected a complete DTE or EnvioDTE, so check"
                + " that the file is not truncated and is in the encoding it declares", e);
    }

    private static LimitExceededException tooLarge(LimitedInputStream limited, String source) {
        return new LimitExceededException(new SourcePosition(source, 0, 0, ""), "file is larger"
                + " than the limit of " + limited.maxBytes() + " bytes: raise maxFileBytes in"
                + " the reader limits if the file is genuine");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String trimmed = message.strip();
        int marker = trimmed.indexOf("Message: ");
        if (marker >= 0) {
            trimmed = trimmed.substring(marker + "Message: ".length());
        }
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    private static void closeQuietly(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            LOG.debug("Closing the XML reader failed", e);
        }
    }
}
