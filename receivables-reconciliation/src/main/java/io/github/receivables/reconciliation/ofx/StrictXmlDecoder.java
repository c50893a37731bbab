package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an OFX 2 XML file in the encoding its XML declaration names (UTF-8 when it names
 * none), and rejects a byte that is not valid in that encoding with the byte and its line and
 * column. The XML parser gets characters, not bytes, because the JDK's StAX parser prints a
 * "[Fatal Error]" line on standard error when it meets an invalid byte itself. Neither an
 * {@code XMLReporter} nor the Xerces error-handler property turns that off: the factory rejects
 * the property (checked on OpenJDK 17.0.15).
 */
final class StrictXmlDecoder extends Reader {

    /** The longest XML declaration looked at for its encoding. */
    private static final int DECLARATION_BYTES = 512;

    private static final Pattern ENCODING =
            Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final InputStream input;
    private final String source;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean flushed;
    private long line = 1;
    private long column;
    private boolean afterCarriageReturn;

    private StrictXmlDecoder(InputStream input, String source, Charset charset) {
        this.input = input;
        this.source = source;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Opens a decoder for a file positioned at its first {@code <}.
     *
     * @throws MalformedStatementException if the declaration names an encoding this Java
     *     runtime does not support
     */
    static StrictXmlDecoder open(BufferedInputStream input, String source) {
        return new StrictXmlDecoder(input, source, declaredCharset(input, source));
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
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining()) {
            fill();
        }
        if (!chars.hasRemaining()) {
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        advance(buffer, offset, count);
        return count;
    }

    /**
     * Decodes the next characters. When an invalid byte follows some valid ones, those are
     * returned first and the next call, starting at the invalid byte, raises the error.
     */
    private void fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            if (!bytes.hasRemaining() && !endOfInput) {
                readBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                if (chars.position() > 0) {
                    break;
                }
                throw invalidBytes(result.length());
            }
            if (endOfInput && result.isUnderflow()) {
                decoder.flush(chars);
                flushed = true;
            } else if (result.isUnderflow()) {
                readBytes();
            } else {
                break;
            }
        }
        chars.flip();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int read = input.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    /** Moves the line and column past characters handed to the parser. */
    private void advance(char[] buffer, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            char c = buffer[i];
            if (c == '\n' && afterCarriageReturn) {
                afterCarriageReturn = false;
            } else if (c == '\n' || c == '\r') {
                line++;
                column = 0;
                afterCarriageReturn = c == '\r';
            } else {
                column++;
                afterCarriageReturn = false;
            }
        }
    }

    private MalformedStatementException invalidBytes(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X",
                    bytes.get(bytes.position() + i) & 0xFF));
        }
        String encoding = decoder.charset().name();
        return new MalformedStatementException(new SourcePosition(source, line, column + 1, ""),
                "bytes " + hex + " are not valid " + encoding + ", the encoding the XML"
                        + " declaration names (UTF-8 when it names none); save the file as "
                        + encoding + " or declare its real encoding, such as"
                        + " encoding=\"ISO-8859-1\"");
    }

    /** Leaves the input open, because the caller owns it. */
    @Override
    public void close() {
        // Nothing to release.
    }
}
