package io.github.receivables.reconciliation.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes bytes strictly and reports an invalid byte sequence at its own line and column.
 * {@link java.io.InputStreamReader} decodes ahead of the caller, so the caller's line count
 * lags behind the failing byte. This reader hands out every character before the invalid
 * sequence first and only then throws {@link InvalidBytesException}, with a position counted
 * over the characters it returned: CR, LF and CRLF each end one line. Closing it does not close
 * the stream, because readers never close the caller's stream. Not thread-safe.
 */
public final class StrictDecodingReader extends Reader {

    private static final int BUFFER_SIZE = 8192;

    private final InputStream input;
    private final CharsetDecoder decoder;
    private final boolean fromByteOrderMark;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).limit(0);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).limit(0);
    private boolean endOfInput;
    private boolean finished;
    private byte[] invalidBytes;
    private long line = 1;
    private long column;
    private boolean afterCarriageReturn;

    /**
     * Creates a reader that decodes {@code input} strictly in {@code charset}.
     *
     * @param input the bytes to decode; never null
     * @param charset the character set; never null
     * @param fromByteOrderMark whether a byte order mark chose the charset, so that an error
     *     message can state that a configured encoding did not apply
     */
    public StrictDecodingReader(InputStream input, Charset charset, boolean fromByteOrderMark) {
        this.input = input;
        this.fromByteOrderMark = fromByteOrderMark;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining()) {
            fill();
        }
        if (!chars.hasRemaining()) {
            if (invalidBytes != null) {
                throw new InvalidBytesException(decoder.charset().name(), fromByteOrderMark,
                        line, column + 1, invalidBytes);
            }
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        for (int i = offset; i < offset + count; i++) {
            advance(target[i]);
        }
        return count;
    }

    @Override
    public void close() {
        // The caller owns the stream.
    }

    private void advance(char c) {
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

    /** Decodes the next characters, stopping at an invalid sequence or the end of input. */
    private void fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && invalidBytes == null && !finished) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                invalidBytes = new byte[result.length()];
                bytes.get(invalidBytes);
            } else if (result.isUnderflow() && endOfInput) {
                decoder.flush(chars);
                finished = true;
            } else if (result.isUnderflow()) {
                readBytes();
            }
        }
        chars.flip();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int count = input.read(bytes.array(), bytes.position(), bytes.remaining());
        if (count < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + count);
        }
        bytes.flip();
    }

    /** An invalid byte sequence, with the 1-based line and column where it starts. */
    public static final class InvalidBytesException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        private final String charset;
        private final boolean fromByteOrderMark;
        private final int count;
        private final long line;
        private final long column;
        private final String hex;

        InvalidBytesException(String charset, boolean fromByteOrderMark, long line, long column,
                byte[] invalid) {
            this.charset = charset;
            this.fromByteOrderMark = fromByteOrderMark;
            this.count = invalid.length;
            this.line = line;
            this.column = column;
            this.hex = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase().formatHex(invalid);
        }

        /**
         * Returns the name of the character set the bytes are not valid in.
         *
         * @return the character set's canonical name
         */
        public String charset() {
            return charset;
        }

        /**
         * Returns whether a byte order mark, not a configured encoding, chose the character set.
         *
         * @return true when a byte order mark chose it
         */
        public boolean fromByteOrderMark() {
            return fromByteOrderMark;
        }

        /**
         * Returns the number of invalid bytes.
         *
         * @return at least 1
         */
        public int count() {
            return count;
        }

        /**
         * Returns the line of the first invalid byte.
         *
         * @return the 1-based line
         */
        public long line() {
            return line;
        }

        /**
         * Returns the column of the first invalid byte, counted in characters.
         *
         * @return the 1-based column
         */
        public long column() {
            return column;
        }

        /**
         * Returns the invalid bytes in hexadecimal.
         *
         * @return the bytes separated by spaces, such as {@code 0xC3 0x28}
         */
        public String hex() {
            return hex;
        }

        @Override
        public String getMessage() {
            return (count == 1 ? "byte " + hex + " at line " + line + ", column " + column + " is"
                    : "bytes " + hex + " at line " + line + ", column " + column + " are")
                    + " not valid " + charset;
        }
    }
}
