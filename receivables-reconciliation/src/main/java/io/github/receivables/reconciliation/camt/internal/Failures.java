package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;

/** Turns parser and stream failures into the typed statement exceptions. */
public final class Failures {

    private Failures() {}

    /**
     * Translates a failure raised while parsing.
     *
     * @param failure what the parser or the stream threw
     * @param position where the parser was
     * @param limits the limits in force, for the messages
     * @return a statement exception, or an {@link UncheckedIOException} when the input stream
     *     itself failed for a reason unrelated to the file's content
     */
    public static RuntimeException translate(Throwable failure, SourcePosition position,
            ReaderLimits limits) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedInputStream.SizeLimitException size) {
                return new LimitExceededException(position, size.getMessage(), failure);
            }
            if (cause instanceof MarkupGuard.MarkupLimitException markup) {
                return new LimitExceededException(position, "a " + markup.construct()
                        + " is longer than " + markup.limit() + " characters, the guard's limit"
                        + " of maxFieldLength (" + limits.maxFieldLength() + ") plus room for"
                        + " markup. Raise ReaderLimits.maxFieldLength if the file is genuine.",
                        failure);
            }
            if (cause instanceof ZipException || cause instanceof EOFException) {
                return new MalformedStatementException(position, "the archive data is corrupt or"
                        + " cut short (" + cause.getMessage() + "); expected a complete ZIP file",
                        failure);
            }
            if (cause instanceof CharacterCodingException) {
                return new MalformedStatementException(position, "the bytes here are not valid in"
                        + " the file's encoding; expected the encoding its XML declaration names"
                        + " (UTF-8 when it names none)", failure);
            }
        }
        if (failure instanceof XMLStreamException stream) {
            return new MalformedStatementException(position, describe(stream), failure);
        }
        if (failure instanceof IOException io) {
            return new UncheckedIOException("reading " + position.source() + " failed", io);
        }
        return new MalformedStatementException(position,
                "the XML parser failed (" + failure + "); expected well-formed XML", failure);
    }

    private static String describe(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        String detail = marker >= 0 ? message.substring(marker + 9).trim() : message.trim();
        if (detail.contains("must start and end within the same entity")
                || detail.contains("Premature end of file")
                || detail.toLowerCase(Locale.ROOT).contains("unexpected end-of-input")) {
            return "the file ends before the document is complete (" + detail
                    + "); expected the remaining end tags, the file looks truncated";
        }
        return "the XML is not well-formed: " + detail + "; expected well-formed XML";
    }
}
