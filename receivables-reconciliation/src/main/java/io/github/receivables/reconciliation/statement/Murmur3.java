package io.github.receivables.reconciliation.statement;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 x64 128 with seed 0 (Austin Appleby's public-domain algorithm) over bytes, reading
 * each 16-byte block as two little-endian 64-bit words.
 *
 * <p>{@link #finish} leaves the state after the whole 16-byte blocks unchanged, so two inputs that
 * share a prefix of whole blocks hash that prefix once. Not thread-safe.
 */
final class Murmur3 {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Bytes per block. */
    static final int BLOCK_BYTES = 16;

    private long h1;
    private long h2;

    /** Sets the state to that of another hasher, such as one that mixed in a shared prefix. */
    void copyState(Murmur3 other) {
        h1 = other.h1;
        h2 = other.h2;
    }

    /**
     * Mixes the whole blocks of {@code bytes[from, to)} into the state.
     *
     * @return the index after the last whole block, where {@link #finish} takes the tail
     */
    int blocks(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + BLOCK_BYTES <= to; i += BLOCK_BYTES) {
            long k1 = (long) LONGS.get(bytes, i);
            long k2 = (long) LONGS.get(bytes, i + 8);
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
     * Computes the hash of an input whose whole blocks are already in the state, leaving the
     * state unchanged.
     *
     * @param bytes the input
     * @param tail the index returned by {@link #blocks}; fewer than 16 bytes follow it
     * @param length the length of the whole input in bytes
     * @param result receives the two 64-bit halves of the hash, first half first
     */
    void finish(byte[] bytes, int tail, int length, long[] result) {
        long a = h1;
        long b = h2;
        long k1 = 0;
        long k2 = 0;
        // Bytes 8 to 15 of the tail fill k2 and bytes 0 to 7 fill k1, the first byte lowest.
        int half = Math.min(length, tail + 8);
        for (int i = length - 1; i >= half; i--) {
            k2 = k2 << 8 | (bytes[i] & 0xff);
        }
        for (int i = half - 1; i >= tail; i--) {
            k1 = k1 << 8 | (bytes[i] & 0xff);
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
        a ^= length;
        b ^= length;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        result[0] = a;
        result[1] = b;
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
