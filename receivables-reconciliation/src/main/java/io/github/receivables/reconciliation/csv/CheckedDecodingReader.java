package io.github.receivables.reconciliation.csv;

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
 * sequence first and only then throws, with a position counted over the characters it returned:
 * CR, LF and CRLF each end one line, also inside quoted fields. Not thread-safe.
 */
final class CheckedDecodingReader extends Reader {

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
     * @param fromByteOrderMark whether a byte order mark chose the charset, so that the error
     *     message can state that the mapping's encoding did not apply
     */
    CheckedDecodingReader(InputStream input, Charset charset, boolean fromByteOrderMark) {
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
    public void close() throws IOException {
        input.close();
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
    static final class InvalidBytesException extends CharacterCodingException {
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

        /** Returns the name of the character set the bytes are not valid in. */
        String charset() {
            return charset;
        }

        /** Returns whether a byte order mark, not the mapping, chose the character set. */
        boolean fromByteOrderMark() {
            return fromByteOrderMark;
        }

        /** Returns the number of invalid bytes, at least 1. */
        int count() {
            return count;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }

        /** Returns the invalid bytes in hexadecimal, such as {@code 0xFC}. */
        String hex() {
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
