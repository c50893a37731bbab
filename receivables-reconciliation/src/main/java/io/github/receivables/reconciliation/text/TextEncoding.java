package io.github.receivables.reconciliation.text;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Character set choice of a line-based reader, applied to the bytes of each line.
 *
 * <p>{@link #detect(Charset)} decodes each line on its own: a line of ASCII bytes is ASCII, a
 * line that is valid UTF-8 is UTF-8, and any other line is decoded with the fallback character
 * set. Deciding per line keeps memory constant and copes with files whose header lines are ASCII
 * and whose text lines are in a legacy set. The cost is that a legacy-encoded line whose bytes
 * happen to form valid UTF-8 is read as UTF-8. This is rare for ISO-8859 text because it needs an
 * accented capital letter or symbol followed by a byte in 0x80-0xBF. {@link #fixed(Charset)}
 * removes the guess when the caller knows the character set, and rejects a line whose bytes are
 * not valid in it.
 *
 * <p>Both accept only ASCII-compatible character sets, which encode every ASCII character as one
 * byte of the same value, because lines are split at the bytes CR and LF and ASCII lines are read
 * without decoding. {@link LineSource} skips a UTF-8 byte order mark at the start of the input.
 * Instances are immutable.
 */
public final class TextEncoding {


    private final Charset charset;
    private final boolean detectUtf8;

    private TextEncoding(Charset charset, boolean detectUtf8) {
        this.charset = requireAsciiCompatible(charset);
        this.detectUtf8 = detectUtf8;
    }

    /**
     * Returns an encoding that reads each line as UTF-8 when its bytes are valid UTF-8, else with
     * the fallback.
     *
     * @param fallback the character set for lines that are not valid UTF-8, such as ISO-8859-1 or
     *     ISO-8859-2; never null
     * @return the encoding; never null
     * @throws IllegalArgumentException if the fallback is not ASCII-compatible, such as UTF-16 or
     *     an EBCDIC code page
     */
    public static TextEncoding detect(Charset fallback) {
        return new TextEncoding(fallback, true);
    }

    /**
     * Returns an encoding that reads every line with one character set. A line with bytes that
     * are not valid in it makes {@link #decode} raise {@link InvalidValueException}.
     *
     * @param charset the character set of the whole file; never null
     * @return the encoding; never null
     * @throws IllegalArgumentException if the character set is not ASCII-compatible, such as
     *     UTF-16 or an EBCDIC code page
     */
    public static TextEncoding fixed(Charset charset) {
        return new TextEncoding(charset, false);
    }

    /**
     * Returns the character set used for lines that are not detected as UTF-8.
     *
     * @return the fixed or fallback character set; never null
     */
    public Charset charset() {
        return charset;
    }

    /**
     * Tells whether lines are checked for UTF-8 before the character set is used.
     *
     * @return true for {@link #detect}, false for {@link #fixed}
     */
    public boolean detectsUtf8() {
        return detectUtf8;
    }

    /**
     * Decodes one line. A {@link #detect} encoding decodes bytes that are not valid in the
     * fallback with U+FFFD, because the fallback is a guess. A {@link #fixed} encoding rejects them.
     *
     * @param bytes the buffer holding the line
     * @param offset the index of the first byte of the line
     * @param length the number of bytes in the line
     * @param ascii whether the caller has seen that every byte is below 0x80
     * @param source the input name for the error position; never null
     * @param line the 1-based number of the line, for the error position
     * @return the decoded line; never null
     * @throws InvalidValueException if the encoding is fixed and the line contains bytes that are
     *     not valid in its character set. The position names the line and the 1-based column in
     *     characters of the first such byte
     */
    public String decode(byte[] bytes, int offset, int length, boolean ascii, String source,
            long line) {
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (detectUtf8) {
            String utf8 = strictUtf8(bytes, offset, length);
            return utf8 != null ? utf8 : new String(bytes, offset, length, charset);
        }
        String text = new String(bytes, offset, length, charset);
        if (text.indexOf('\uFFFD') >= 0) {
            // Decoding again finds the invalid byte, or shows that the bytes encode U+FFFD itself.
            checkStrictly(bytes, offset, length, new SourcePosition(source, line, 0, ""));
        }
        return text;
    }


    private static String strictUtf8(byte[] bytes, int offset, int length) {
        try {
            return strictDecoder(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes with errors reported and raises at the first invalid byte sequence. */
    private void checkStrictly(byte[] bytes, int offset, int length, SourcePosition line) {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) (length * decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int invalidLength = Math.min(result.length(), in.remaining());
            byte[] invalid = Arrays.copyOfRange(bytes, in.position(), in.position() + invalidLength);
            throw invalidBytes(new SourcePosition(line.source(), line.line(), out.position() + 1,
                    ""), invalid);
        }
    }

    private InvalidValueException invalidBytes(SourcePosition position, byte[] invalid) {
        String hex = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase().formatHex(invalid);
        String bytesAre = invalid.length == 1 ? "byte " + hex + " is" : "bytes " + hex + " are";
        String advice = charset.equals(StandardCharsets.UTF_8)
                ? "set the reader's encoding to the file's real character set, such as"
                        + " TextEncoding.fixed(ISO_8859_1), or to TextEncoding.detect(ISO_8859_1)"
                        + " when only some lines are UTF-8"
                : "set the reader's encoding to TextEncoding.fixed with the file's real"
                        + " character set";
        return new InvalidValueException(position,
                bytesAre + " not valid " + charset.name() + "; " + advice);
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Checks that a character set encodes the printable ASCII characters as single bytes of the
     * same value and decodes the bytes 0x00-0x7F to the same chars. The second check rejects
     * stateful sets such as ISO-2022-JP, whose escape bytes change how later bytes read.
     */
    private static Charset requireAsciiCompatible(Charset charset) {
        Objects.requireNonNull(charset, "charset");
        if (!encodesAsciiAsIs(charset) || !decodesAsciiAsIs(charset)) {
            throw new IllegalArgumentException("character set " + charset.name()
                    + " does not write ASCII characters as single bytes of the same value, so"
                    + " lines cannot be split; use an ASCII-compatible set such as UTF-8,"
                    + " ISO-8859-1, ISO-8859-2, windows-1252 or IBM852, and convert UTF-16,"
                    + " UTF-32 or EBCDIC files to one of them first");
        }
        return charset;
    }

    private static boolean encodesAsciiAsIs(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        byte[] expected = new byte[0x7F - 0x20];
        char[] printable = new char[expected.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) (0x20 + i);
            printable[i] = (char) (0x20 + i);
        }
        try {
            ByteBuffer encoded = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(printable));
            byte[] actual = new byte[encoded.remaining()];
            encoded.get(actual);
            return Arrays.equals(expected, actual);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean decodesAsciiAsIs(Charset charset) {
        byte[] ascii = new byte[0x80];
        for (int i = 0; i < ascii.length; i++) {
            ascii[i] = (byte) i;
        }
        try {
            String decoded = strictDecoder(charset).decode(ByteBuffer.wrap(ascii)).toString();
            return decoded.equals(new String(ascii, StandardCharsets.ISO_8859_1));
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return detectUtf8 ? "UTF-8 or " + charset.name() : charset.name();
    }
}
