package io.github.receivables.reconciliation.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * removes the guess when the caller knows the character set. Instances are immutable.
 */
public final class TextEncoding {

    private final Charset charset;
    private final boolean detectUtf8;
    private final boolean asciiAsIs;

    private TextEncoding(Charset charset, boolean detectUtf8) {
        this.charset = Objects.requireNonNull(charset, "charset");
        this.detectUtf8 = detectUtf8;
        this.asciiAsIs = detectUtf8 || isAsciiCompatible(charset);
    }

    /**
     * Returns an encoding that reads each line as UTF-8 when its bytes are valid UTF-8, else with
     * the fallback.
     *
     * @param fallback the character set for lines that are not valid UTF-8, such as ISO-8859-1 or
     *     ISO-8859-2; never null
     * @return the encoding; never null
     */
    public static TextEncoding detect(Charset fallback) {
        return new TextEncoding(fallback, true);
    }

    /**
     * Returns an encoding that reads every line with one character set.
     *
     * @param charset the character set of the whole file; never null
     * @return the encoding; never null
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
     * Decodes one line.
     *
     * @param bytes the buffer holding the line
     * @param offset the index of the first byte of the line
     * @param length the number of bytes in the line
     * @param ascii whether the caller has seen that every byte is below 0x80
     * @return the decoded line; never null
     */
    public String decode(byte[] bytes, int offset, int length, boolean ascii) {
        if (ascii && asciiAsIs) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (detectUtf8) {
            String utf8 = strictUtf8(bytes, offset, length);
            if (utf8 != null) {
                return utf8;
            }
        }
        return new String(bytes, offset, length, charset);
    }

    /**
     * Returns whether a line of ASCII bytes decodes to the same chars, one per byte, so that a
     * reader may widen the bytes itself.
     */
    boolean readsAsciiAsIs() {
        return asciiAsIs;
    }

    private static boolean isAsciiCompatible(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1)
                || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.UTF_8)
                || charset.name().startsWith("ISO-8859-")
                || charset.name().startsWith("windows-125");
    }

    private static String strictUtf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return detectUtf8 ? "UTF-8 or " + charset.name() : charset.name();
    }
}
