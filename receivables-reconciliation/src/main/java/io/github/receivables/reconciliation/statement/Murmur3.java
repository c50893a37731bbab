package io.github.receivables.reconciliation.statement;

/**
 * MurmurHash3 x64 128 with seed 0 (Austin Appleby's public-domain algorithm) over the UTF-16LE
 * bytes of chars, reading four chars as one 64-bit word.
 *
 * <p>{@link #finish} leaves the state after the whole 16-byte blocks unchanged, so two texts that
 * share a prefix of whole blocks hash that prefix once. Not thread-safe.
 */
final class Murmur3 {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    /** Chars per 16-byte block. */
    static final int BLOCK_CHARS = 8;

    private long h1;
    private long h2;

    /** Sets the state to that of another hasher, such as one that mixed in a shared prefix. */
    void copyState(Murmur3 other) {
        h1 = other.h1;
        h2 = other.h2;
    }

    /**
     * Mixes the whole blocks of {@code chars[from, to)} into the state.
     *
     * @return the index after the last whole block, where {@link #finish} takes the tail
     */
    int blocks(char[] chars, int from, int to) {
        int i = from;
        for (; i + BLOCK_CHARS <= to; i += BLOCK_CHARS) {
            long k1 = word(chars, i);
            long k2 = word(chars, i + 4);
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27);
            h1 += h2;
            h1 = h1 * 5 + 0x52dce729;
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31);
            h2 += h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        return i;
    }

    /**
     * Computes the hash of a text whose whole blocks are already in the state, leaving the state
     * unchanged.
     *
     * @param chars the text
     * @param tail the index returned by {@link #blocks}; fewer than eight chars follow it
     * @param length the length of the whole text in chars
     * @return the two 64-bit halves of the hash
     */
    long[] finish(char[] chars, int tail, int length) {
        long a = h1;
        long b = h2;
        long k1 = 0;
        long k2 = 0;
        // Chars 4 to 7 of the tail fill k2 and chars 0 to 3 fill k1, the first char lowest.
        int half = Math.min(length, tail + 4);
        for (int i = length - 1; i >= half; i--) {
            k2 = k2 << 16 | chars[i];
        }
        for (int i = half - 1; i >= tail; i--) {
            k1 = k1 << 16 | chars[i];
        }
        if (k2 != 0) {
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            b ^= k2;
        }
        if (k1 != 0) {
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            a ^= k1;
        }

        // Finalization over the length in bytes.
        long bytes = 2L * length;
        a ^= bytes;
        b ^= bytes;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        return new long[] {a, b};
    }

    private static long word(char[] chars, int i) {
        return chars[i] | (long) chars[i + 1] << 16
                | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
