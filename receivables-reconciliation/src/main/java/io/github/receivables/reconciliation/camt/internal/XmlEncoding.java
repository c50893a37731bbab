package io.github.receivables.reconciliation.camt.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character encoding of an XML document from its byte order mark and XML declaration
 * (XML 1.0 appendix F). Documents in other encodings than UTF-8 are decoded here strictly, and
 * {@link MarkupGuard} validates UTF-8. Either way, bytes that do not belong to the encoding raise
 * an error instead of turning into replacement characters.
 */
final class XmlEncoding {

    private static final int PROLOG_BYTES = 512;
    private static final Pattern ENCODING =
            Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlEncoding() {}

    /**
     * Finds the encoding of a document and skips its byte order mark.
     *
     * @param input the document bytes
     * @return the encoding and the bytes after any byte order mark
     * @throws IOException if reading fails
     * @throws EncodingProblem if the encoding is unknown or contradicts the byte order mark
     */
    static Detected detect(InputStream input) throws IOException {
        PushbackInputStream buffered = new PushbackInputStream(input, PROLOG_BYTES);
        byte[] prolog = input.readNBytes(PROLOG_BYTES);
        buffered.unread(prolog);

        Charset charset = detect(prolog);
        long bomLength = bomLength(prolog);
        if (buffered.skip(bomLength) != bomLength) {
            throw new EncodingProblem("the byte order mark is cut short");
        }
        return new Detected(charset, buffered, isBlank(prolog, (int) bomLength));
    }

    /**
     * A document's encoding and its bytes after any byte order mark.
     *
     * @param charset the encoding from the byte order mark or XML declaration; UTF-8 by default
     * @param bytes the document after the byte order mark
     * @param empty true when the whole file is at most a byte order mark and XML whitespace
     */
    record Detected(Charset charset, InputStream bytes, boolean empty) {

        boolean isUtf8() {
            return charset.equals(StandardCharsets.UTF_8);
        }

        /** Opens a reader that decodes strictly: invalid bytes raise an error. */
        Reader reader() {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputStreamReader(bytes, decoder);
        }
    }

    /**
     * Tells whether a prolog shorter than {@link #PROLOG_BYTES}, and so the whole file, holds
     * only XML whitespace after its byte order mark.
     */
    private static boolean isBlank(byte[] prolog, int bomLength) {
        if (prolog.length >= PROLOG_BYTES) {
            return false;
        }
        for (int i = bomLength; i < prolog.length; i++) {
            byte b = prolog[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static Charset detect(byte[] prolog) {
        if (startsWith(prolog, 0xFE, 0xFF) || startsWith(prolog, 0x00, 0x3C, 0x00, 0x3F)) {
            return utf16(StandardCharsets.UTF_16BE, declared(prolog, StandardCharsets.UTF_16BE));
        }
        if (startsWith(prolog, 0xFF, 0xFE) || startsWith(prolog, 0x3C, 0x00, 0x3F, 0x00)) {
            return utf16(StandardCharsets.UTF_16LE, declared(prolog, StandardCharsets.UTF_16LE));
        }
        String name = declared(prolog, StandardCharsets.ISO_8859_1);
        boolean utf8Bom = startsWith(prolog, 0xEF, 0xBB, 0xBF);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        Charset charset = forName(name);
        if (utf8Bom && !charset.equals(StandardCharsets.UTF_8)) {
            throw new EncodingProblem("the file starts with a UTF-8 byte order mark but declares "
                    + name + "; expected the declaration to say UTF-8");
        }
        if (name.toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            throw new EncodingProblem("the XML declaration names " + name
                    + " but the bytes are not UTF-16; expected a declaration matching the bytes");
        }
        return charset;
    }

    private static Charset utf16(Charset bytes, String declaredName) {
        if (declaredName != null && !declaredName.toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            throw new EncodingProblem("the bytes are UTF-16 but the XML declaration names "
                    + declaredName + "; expected a declaration matching the bytes");
        }
        return bytes;
    }

    private static String declared(byte[] prolog, Charset charset) {
        int skip = bomLength(prolog);
        String head = new String(prolog, skip, prolog.length - skip, charset);
        Matcher matcher = ENCODING.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Charset forName(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new EncodingProblem("the declared encoding " + name
                    + " is not supported; expected UTF-8 or another encoding Java supports");
        }
    }

    private static int bomLength(byte[] prolog) {
        if (startsWith(prolog, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (startsWith(prolog, 0xFE, 0xFF) || startsWith(prolog, 0xFF, 0xFE)) {
            return 2;
        }
        return 0;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The document's encoding cannot be determined or is not supported. */
    static final class EncodingProblem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        EncodingProblem(String message) {
            super(message, null, false, false);
        }
    }
}
