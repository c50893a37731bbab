package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementException;
import io.github.receivables.reconciliation.text.LimitedInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader over a document whose bytes first pass the reader's guards: the file size limit,
 * strict decoding and the {@link MarkupGuard}. The parser is Aalto (com.fasterxml:aalto-xml),
 * set to support no DTD and to resolve no external resource.
 *
 * @param reader the parser, positioned before the first event
 * @param failures where the first failure of a guard or of the input stream is kept
 */
record GuardedXmlInput(XMLStreamReader reader, FailureSource failures) {

    private static final XMLInputFactory FACTORY = newFactory();

    /**
     * Opens a document, counting its bytes against {@code limits.maxFileBytes()}.
     *
     * @throws StatementException if the file is empty, the encoding is unusable or the prolog is
     *     malformed
     */
    static GuardedXmlInput open(InputStream input, String source, ReaderLimits limits) {
        LimitedInputStream bytes = new LimitedInputStream(input, limits.maxFileBytes(),
                "the file is larger than maxFileBytes = " + limits.maxFileBytes() + " bytes;"
                        + " expected a smaller file or a larger ReaderLimits.maxFileBytes");
        Utf8GuardInputStream utf8 = null;
        FailureSource failures = null;
        try {
            XmlEncoding.Detected document = XmlEncoding.detect(bytes);
            if (document.empty()) {
                throw new MalformedStatementException(new SourcePosition(source, 0, 0, ""),
                        "the file is empty (no bytes or only whitespace); expected a camt"
                                + " Document");
            }
            if (document.isUtf8()) {
                // Aalto decodes UTF-8 bytes as it scans them, which saves a pass over the text.
                utf8 = new Utf8GuardInputStream(document.bytes(), limits.maxFieldLength());
                failures = utf8;
                return new GuardedXmlInput(FACTORY.createXMLStreamReader(utf8, "UTF-8"), utf8);
            }
            FailureRecorder recorder = new FailureRecorder(
                    new MarkupGuardReader(document.reader(), limits.maxFieldLength()));
            failures = recorder;
            return new GuardedXmlInput(FACTORY.createXMLStreamReader(recorder), recorder);
        } catch (XmlEncoding.EncodingProblem e) {
            throw new MalformedStatementException(new SourcePosition(source, 1, 1, ""),
                    e.getMessage());
        } catch (XMLStreamException | IOException e) {
            Throwable cause = failures != null && failures.failure() != null
                    ? failures.failure() : e;
            throw Failures.translate(cause, openingPosition(source, utf8, e), limits);
        }
    }

    /** Returns where opening failed: the invalid byte, else the parser's location. */
    private static SourcePosition openingPosition(String source, Utf8GuardInputStream utf8,
            Exception e) {
        long[] invalid = utf8 == null ? null : utf8.firstReadLocation();
        if (invalid != null) {
            return new SourcePosition(source, invalid[0], invalid[1], "");
        }
        if (e instanceof XMLStreamException stream && stream.getLocation() != null) {
            return new SourcePosition(source, Math.max(1, stream.getLocation().getLineNumber()),
                    Math.max(1, stream.getLocation().getColumnNumber()), "");
        }
        return new SourcePosition(source, 1, 1, "");
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " is not loaded");
        });
        return factory;
    }
}
