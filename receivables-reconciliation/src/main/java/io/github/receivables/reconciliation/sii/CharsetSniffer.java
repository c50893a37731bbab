package io.github.receivables.reconciliation.sii;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Chooses between UTF-8 and ISO-8859-1 for a text export, the two encodings SII files use. */
final class CharsetSniffer {

    /** How many leading bytes are checked for valid UTF-8. */
    static final int SNIFF_BYTES = 64 * 1024;

    private CharsetSniffer() {}

    /**
     * Returns the encoding of the stream and leaves it positioned after any UTF-8 byte order
     * mark. The mark selects UTF-8; else the configured charset wins; else UTF-8 when the first
     * {@link #SNIFF_BYTES} bytes decode as UTF-8, and ISO-8859-1 when they do not.
     */
    static Charset detect(BufferedInputStream input, Charset configured) throws IOException {
        input.mark(SNIFF_BYTES);
        byte[] head = input.readNBytes(SNIFF_BYTES);
        input.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF) {
            input.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (configured != null) {
            return configured;
        }
        return isUtf8(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    /** Tells whether the bytes decode as UTF-8, allowing a sequence cut off at the end. */
    private static boolean isUtf8(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length);
        return !decoder.decode(ByteBuffer.wrap(head), out, false).isError();
    }
}
