package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.text.StrictDecodingReader;
import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an OFX 2 XML file in the encoding its XML declaration names (UTF-8 when it names
 * none), and rejects a byte that is not valid in that encoding with the byte and its line and
 * column. The XML parser gets characters, not bytes, because the JDK's StAX parser prints a
 * "[Fatal Error]" line on standard error when it meets an invalid byte itself. Neither an
 * {@code XMLReporter} nor the Xerces error-handler property turns that off, because the factory
 * rejects the property (checked on OpenJDK 17.0.15). The decoding itself is
 * {@link StrictDecodingReader}'s.
 */
final class StrictXmlDecoder extends FilterReader {

    /** The longest XML declaration looked at for its encoding. */
    private static final int DECLARATION_BYTES = 512;

    private static final Pattern ENCODING =
            Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final String source;

    private StrictXmlDecoder(StrictDecodingReader decoded, String source) {
        super(decoded);
        this.source = source;
    }

    /**
     * Opens a decoder for a file positioned at its first {@code <}.
     *
     * @throws MalformedStatementException if the declaration names an encoding this Java
     *     runtime does not support
     */
    static StrictXmlDecoder open(BufferedInputStream input, String source) {
        return new StrictXmlDecoder(
                new StrictDecodingReader(input, declaredCharset(input, source), false), source);
    }

    private static Charset declaredCharset(BufferedInputStream input, String source) {
        byte[] head;
        try {
            input.mark(DECLARATION_BYTES);
            head = input.readNBytes(DECLARATION_BYTES);
            input.reset();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " failed", e);
        }
        Matcher matcher = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = matcher.group(1);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MalformedStatementException(new SourcePosition(source, 1, 0, ""),
                    "the XML declaration names the encoding '" + name + "', which this Java"
                            + " runtime does not support; save the file as UTF-8", e);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (StrictDecodingReader.InvalidBytesException e) {
            throw invalidBytes(e);
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (StrictDecodingReader.InvalidBytesException e) {
            throw invalidBytes(e);
        }
    }

    private MalformedStatementException invalidBytes(StrictDecodingReader.InvalidBytesException e) {
        String encoding = e.charset();
        String bytes = e.count() == 1 ? "byte " + e.hex() + " is" : "bytes " + e.hex() + " are";
        return new MalformedStatementException(
                new SourcePosition(source, e.line(), e.column(), ""),
                bytes + " not valid " + encoding + ", the encoding the XML declaration names"
                        + " (UTF-8 when it names none); save the file as " + encoding
                        + " or declare its real encoding, such as encoding=\"ISO-8859-1\"");
    }

    /** Leaves the input open, because the caller owns it. */
    @Override
    public void close() {
        // Nothing to release.
    }
}
