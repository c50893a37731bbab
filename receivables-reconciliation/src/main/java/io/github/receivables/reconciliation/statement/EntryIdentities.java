package io.github.receivables.reconciliation.statement;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Gives entries stable identities: the same entry read again from the same or an overlapping file
 * gets the same id, and two genuine look-alike entries in one statement (same day, amount and
 * text) get different ids.
 *
 * <p>The id is a 128-bit hash (MurmurHash3 x64 128, seed 0) of the UTF-8 bytes of a key: the
 * account, booking date, amount, bank and entry references and text, then the entry's occurrence
 * number among entries with the same values in this statement, joined by U+001F. Two statements that both contain a whole day therefore assign the
 * same ids to that day's entries. The hash is not cryptographic: ids tell entries apart, they do
 * not protect against someone crafting a collision.
 *
 * <p>To count occurrences the instance keeps a 64-bit fingerprint of each distinct key, 24 to 48
 * bytes per entry depending on how full the table is; the entries themselves are not kept. Two
 * different keys with the same fingerprint (odds near 2^-64 per pair) only give the second a
 * higher occurrence number, and its id still differs from the first's because the key is part
 * of the hash. One instance serves one statement and is not thread-safe.
 */
public final class EntryIdentities {

    private static final byte SEPARATOR = 0x1f;
    private static final VarHandle BIG_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final OccurrenceTable occurrences = new OccurrenceTable();
    private final KeyBuffer key = new KeyBuffer();
    private final Murmur3 hasher = new Murmur3();
    private final long[] hash = new long[2];
    /** The digits of the latest id, reused because the string copies them. */
    private final byte[] hexDigits = new byte[32];
    /** The hash state after the whole blocks of the account and its separator. */
    private final Murmur3 prefixState = new Murmur3();
    /** The length of the account and its separator, which every key starts with. */
    private final int prefixLength;
    /** The index in the key after the whole blocks that {@link #prefixState} contains. */
    private final int prefixTail;

    /**
     * Creates the identity source for one statement.
     *
     * @param account the account identifier of the statement; never null
     */
    public EntryIdentities(AccountIdentifier account) {
        key.append(account.value()).append(SEPARATOR);
        prefixLength = key.length;
        prefixTail = prefixState.blocks(key.bytes, 0, prefixLength);
    }

    /**
     * Returns the id of the next entry with these values.
     *
     * @param bookingDate the booking date, or the value date when there is none; may be null
     * @param amount the signed amount as written
     * @param bankReference the bank reference, or null
     * @param entryReference the entry reference, or null
     * @param text remittance or additional text that distinguishes entries, or null
     * @return a 32-character hexadecimal id; never null
     */
    public String next(
            LocalDate bookingDate,
            BigDecimal amount,
            String bankReference,
            String entryReference,
            String text) {
        // Every key starts with the account, which stays in the buffer, so the hasher starts
        // from the state after its whole blocks.
        key.truncate(prefixLength);
        key.appendDate(bookingDate).append(SEPARATOR);
        key.appendAmount(amount).append(SEPARATOR);
        key.append(bankReference).append(SEPARATOR);
        key.append(entryReference).append(SEPARATOR);
        key.append(text);

        // The id hashes the key plus the occurrence number, so both hashes share the key's
        // whole blocks and the hasher mixes them in once.
        int keyLength = key.length;
        hasher.copyState(prefixState);
        int tail = hasher.blocks(key.bytes, prefixTail, keyLength);
        hasher.finish(key.bytes, tail, keyLength, hash);
        int occurrence = occurrences.increment(hash[0]);
        key.append(SEPARATOR).appendLong(occurrence);
        tail = hasher.blocks(key.bytes, tail, key.length);
        hasher.finish(key.bytes, tail, key.length, hash);
        return hex(hash[0], hash[1]);
    }

    /** Writes two longs as 32 lowercase hexadecimal digits, high first, in one string. */
    private String hex(long high, long low) {
        byte[] digits = hexDigits;
        BIG_ENDIAN_LONGS.set(digits, 0, hexDigits((int) (high >>> 32)));
        BIG_ENDIAN_LONGS.set(digits, 8, hexDigits((int) high));
        BIG_ENDIAN_LONGS.set(digits, 16, hexDigits((int) (low >>> 32)));
        BIG_ENDIAN_LONGS.set(digits, 24, hexDigits((int) low));
        return new String(digits, StandardCharsets.ISO_8859_1);
    }

    /**
     * Returns the eight lowercase hexadecimal digits of an int as ASCII bytes of a long, the
     * first digit in the highest byte. Each nibble is moved into a byte of its own, and the
     * bytes of 10 to 15 get the distance from '9' to 'a' added.
     */
    private static long hexDigits(int value) {
        long x = value & 0xFFFFFFFFL;
        x = (x | x << 16) & 0x0000FFFF0000FFFFL;
        x = (x | x << 8) & 0x00FF00FF00FF00FFL;
        x = (x | x << 4) & 0x0F0F0F0F0F0F0F0FL;
        long letters = ((x + 0x0606060606060606L) >>> 4) & 0x0101010101010101L;
        return x + 0x3030303030303030L + letters * ('a' - '9' - 1);
    }

    /**
     * Returns the id of the transaction at an index inside an entry.
     *
     * @param entryId the id of the entry
     * @param index the 0-based index of the transaction in the entry
     * @return the transaction id; never null
     */
    public static String transactionId(String entryId, int index) {
        return entryId + "-" + index;
    }

    /**
     * Hashes text with MurmurHash3 x64 128 and seed 0 over its UTF-8 bytes, as {@link #next}
     * does.
     */
    static long[] murmur3(String text) {
        return murmur3(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hashes bytes with MurmurHash3 x64 128 and seed 0. */
    static long[] murmur3(byte[] bytes) {
        Murmur3 hasher = new Murmur3();
        int tail = hasher.blocks(bytes, 0, bytes.length);
        long[] result = new long[2];
        hasher.finish(bytes, tail, bytes.length, result);
        return result;
    }

    /** Open-addressing table from a key fingerprint to its occurrence count. */
    private static final class OccurrenceTable {

        private long[] keys = new long[64];
        private int[] counts = new int[64];
        private int size;

        int increment(long key) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = find(keys, counts, key);
            if (counts[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            return ++counts[slot];
        }

        private static int find(long[] keys, int[] counts, long key) {
            int mask = keys.length - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
            while (counts[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldCounts[i] != 0) {
                    int slot = find(keys, counts, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }

    /**
     * The UTF-8 bytes of an entry key, reused from entry to entry. It writes the bytes of the
     * same text as joining {@code String.valueOf} of each part.
     */
    private static final class KeyBuffer {

        private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

        /** The maximum length of a text appended char by char; longer ones use a UTF-8 array. */
        private static final int SHORT_TEXT = 48;

        private byte[] bytes = new byte[256];
        private int length;

        /** Drops the bytes after the first {@code newLength}. */
        void truncate(int newLength) {
            length = newLength;
        }

        /** Appends the text, or {@code null} for a null text as {@code String.valueOf} does. */
        KeyBuffer append(String text) {
            if (text == null) {
                return append(NULL);
            }
            if (text.length() <= SHORT_TEXT && appendAscii(text)) {
                return this;
            }
            return append(text.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Appends a text char by char when every char is ASCII, which is its UTF-8, and returns
         * false with nothing appended otherwise. For short texts this is cheaper than
         * {@link String#getBytes}, which allocates an array.
         */
        private boolean appendAscii(String text) {
            int n = text.length();
            ensureCapacity(length + n);
            byte[] target = bytes;
            int start = length;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    return false;
                }
                target[start + i] = (byte) c;
            }
            length = start + n;
            return true;
        }

        private KeyBuffer append(byte[] part) {
            int end = length + part.length;
            ensureCapacity(end);
            System.arraycopy(part, 0, bytes, length, part.length);
            length = end;
            return this;
        }

        /** Appends an ASCII char. */
        KeyBuffer append(char c) {
            ensureCapacity(length + 1);
            bytes[length++] = (byte) c;
            return this;
        }

        KeyBuffer append(byte b) {
            ensureCapacity(length + 1);
            bytes[length++] = b;
            return this;
        }

        /** Writes the date as {@link LocalDate#toString()} does, without building a string. */
        KeyBuffer appendDate(LocalDate date) {
            if (date == null || date.getYear() < 0 || date.getYear() > 9999) {
                return append(String.valueOf(date));
            }
            appendDigits(date.getYear(), 4);
            append('-');
            appendDigits(date.getMonthValue(), 2);
            append('-');
            return appendDigits(date.getDayOfMonth(), 2);
        }

        /**
         * Writes {@code amount.stripTrailingZeros().toPlainString()}, without the two objects in
         * between for an amount of up to 18 digits.
         */
        KeyBuffer appendAmount(BigDecimal amount) {
            int scale = amount.scale();
            if (scale < 0 || scale > 18 || amount.precision() > 18) {
                return append(amount.stripTrailingZeros().toPlainString());
            }
            long unscaled = amount.movePointRight(scale).longValue();
            while (scale > 0 && unscaled % 10 == 0) {
                unscaled /= 10;
                scale--;
            }
            if (unscaled < 0) {
                append('-');
                unscaled = -unscaled;
            }
            long power = 1;
            for (int i = 0; i < scale; i++) {
                power *= 10;
            }
            appendLong(unscaled / power);
            if (scale > 0) {
                append('.');
                appendDigits(unscaled % power, scale);
            }
            return this;
        }

        /** Writes a non-negative number in decimal, as {@link String#valueOf(long)} does. */
        KeyBuffer appendLong(long value) {
            int digits = 1;
            for (long rest = value / 10; rest > 0; rest /= 10) {
                digits++;
            }
            return appendDigits(value, digits);
        }

        /** Writes the number's lowest {@code digits} decimal digits, padded with zeros. */
        private KeyBuffer appendDigits(long value, int digits) {
            ensureCapacity(length + digits);
            long rest = value;
            for (int i = length + digits - 1; i >= length; i--) {
                bytes[i] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
            length += digits;
            return this;
        }

        private void ensureCapacity(int capacity) {
            if (capacity > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
            }
        }
    }
}
