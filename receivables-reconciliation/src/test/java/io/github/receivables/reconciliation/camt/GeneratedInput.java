package io.github.receivables.reconciliation.camt;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A document made of a prefix, one byte pattern repeated up to a length, and a suffix, produced
 * while it is read so that a test can feed 100 MB to the reader without holding it in memory.
 */
final class GeneratedInput extends InputStream {

    private final byte[] prefix;
    private final byte[] pattern;
    private final long repeatedBytes;
    private final byte[] suffix;
    private long position;

    GeneratedInput(String prefix, String pattern, long repeatedBytes, String suffix) {
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.pattern = pattern.getBytes(StandardCharsets.UTF_8);
        this.repeatedBytes = repeatedBytes;
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    }

    /** Returns how many bytes have been read. */
    long position() {
        return position;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        long total = prefix.length + repeatedBytes + suffix.length;
        if (position >= total) {
            return -1;
        }
        int count = (int) Math.min(length, total - position);
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = byteAt(position + i);
        }
        position += count;
        return count;
    }

    private byte byteAt(long index) {
        if (index < prefix.length) {
            return prefix[(int) index];
        }
        long inRepeat = index - prefix.length;
        if (inRepeat < repeatedBytes) {
            return pattern[(int) (inRepeat % pattern.length)];
        }
        return suffix[(int) (inRepeat - repeatedBytes)];
    }
}
