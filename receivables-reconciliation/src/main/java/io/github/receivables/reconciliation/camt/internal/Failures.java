package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.text.LimitedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;

/** Turns parser and stream failures into the typed statement exceptions. */
public final class Failures {

    /** Aalto's wording for a reference to an entity that no DTD declares. */
    private static final Pattern ENTITY = Pattern.compile("entity reference \\(&([^;\\s]+);\\)",
            Pattern.CASE_INSENSITIVE);

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
            if (cause instanceof MarkupGuard.InvalidUtf8Exception invalid) {
                return new MalformedStatementException(position, invalidUtf8(invalid), failure);
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

    private static String invalidUtf8(MarkupGuard.InvalidUtf8Exception invalid) {
        if (invalid.value() < 0) {
            return "the file ends inside a UTF-8 character; expected complete UTF-8 text, the"
                    + " file looks truncated";
        }
        return invalid.getMessage() + ", the encoding the XML declaration names (or the default"
                + " when it names none); save the file as UTF-8 or declare its real encoding,"
                + " such as encoding=\"ISO-8859-1\"";
    }

    private static String describe(XMLStreamException e) {
        String detail = parserMessage(e);
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("end-of-input in prolog")) {
            return "the file ends before its root element; expected a camt Document";
        }
        if (detail.contains("must start and end within the same entity")
                || detail.contains("Premature end of file")
                || lower.contains("unexpected end-of-input")) {
            return "the file ends before the document is complete; expected the remaining"
                    + " content and end tags, the file looks truncated";
        }
        Matcher entity = ENTITY.matcher(detail);
        if (entity.find()) {
            return "the entity reference &" + entity.group(1) + "; is not declared; expected"
                    + " plain text, a character reference such as &#241; or one of the five"
                    + " predefined entities &amp; &lt; &gt; &quot; &apos;";
        }
        return "the XML is not well-formed: " + detail + "; expected well-formed XML";
    }

    /**
     * Returns the parser's own sentence without the location it appends after a line break (the
     * position is reported separately) and without a final period.
     */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        String detail = marker >= 0 ? message.substring(marker + 9) : message;
        int lineBreak = detail.indexOf('\n');
        detail = (lineBreak >= 0 ? detail.substring(0, lineBreak) : detail).strip();
        return detail.endsWith(".") ? detail.substring(0, detail.length() - 1) : detail;
    }
}
