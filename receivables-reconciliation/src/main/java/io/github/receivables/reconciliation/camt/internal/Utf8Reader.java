package io.github.receivables.reconciliation.camt.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;

/**
 * Decodes UTF-8 strictly (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF)
 * with a fast path for ASCII, which is most of a camt file. It does the same job as an
 * {@code InputStreamReader} with a reporting decoder at a lower cost per byte. Invalid or cut
 * sequences raise {@link MalformedInputException}. Not thread-safe; closing it does not close the
 * stream.
 */
final class Utf8Reader extends Reader {

    private final InputStream input;
    private final byte[] bytes = new byte[16 * 1024];
    private int position;
    private int limit;
    private char pendingLowSurrogate;

    Utf8Reader(InputStream input) {
        this.input = input;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int out = offset;
        if (pendingLowSurrogate != 0) {
            buffer[out++] = pendingLowSurrogate;
            pendingLowSurrogate = 0;
        }
        while (true) {
            if (position < limit) {
                out = decode(buffer, out, offset + length);
            }
            if (out > offset) {
                return out - offset;
            }
            if (!fill()) {
                return -1;
            }
        }
    }

    private int decode(char[] buffer, int from, int to) throws MalformedInputException {
        byte[] data = bytes;
        int in = position;
        int end = limit;
        int out = from;
        while (out < to && in < end) {
            int value = data[in];
            if (value >= 0) {
                buffer[out++] = (char) value;
                in++;
                continue;
            }
            int lead = value & 0xFF;
            int length = 2;
            if (lead >= 0xF0) {
                length = 4;
            } else if (lead >= 0xE0) {
                length = 3;
            }
            if (end - in < length) {
                break;
            }
            int codePoint = codePoint(data, in, lead, length);
            in += length;
            if (codePoint < 0x10000) {
                buffer[out++] = (char) codePoint;
            } else {
                buffer[out++] = Character.highSurrogate(codePoint);
                if (out < to) {
                    buffer[out++] = Character.lowSurrogate(codePoint);
                } else {
                    pendingLowSurrogate = Character.lowSurrogate(codePoint);
                }
            }
        }
        position = in;
        return out;
    }

    private static int codePoint(byte[] data, int at, int lead, int length)
            throws MalformedInputException {
        int second = data[at + 1] & 0xFF;
        if ((second & 0xC0) != 0x80) {
            throw new MalformedInputException(1);
        }
        if (length == 2) {
            if (lead < 0xC2) {
                throw new MalformedInputException(1);
            }
            return ((lead & 0x1F) << 6) | (second & 0x3F);
        }
        int third = data[at + 2] & 0xFF;
        if ((third & 0xC0) != 0x80) {
            throw new MalformedInputException(2);
        }
        if (length == 3) {
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)) {
                throw new MalformedInputException(1);
            }
            return ((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F);
        }
        int fourth = data[at + 3] & 0xFF;
        boolean invalid = lead > 0xF4 || (fourth & 0xC0) != 0x80
                || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F);
        if (invalid) {
            throw new MalformedInputException(1);
        }
        return ((lead & 0x07) << 18) | ((second & 0x3F) << 12) | ((third & 0x3F) << 6)
                | (fourth & 0x3F);
    }

    /** Moves a cut sequence to the buffer start and reads more; false at the end of input. */
    private boolean fill() throws IOException {
        int remaining = limit - position;
        if (remaining > 0 && position > 0) {
            System.arraycopy(bytes, position, bytes, 0, remaining);
        }
        position = 0;
        limit = remaining;
        int read = input.read(bytes, limit, bytes.length - limit);
        if (read < 0) {
            if (remaining > 0) {
                throw new MalformedInputException(remaining);
            }
            return false;
        }
        limit += read;
        return true;
    }

    @Override
    public void close() {
        // The caller owns the stream.
    }
}
