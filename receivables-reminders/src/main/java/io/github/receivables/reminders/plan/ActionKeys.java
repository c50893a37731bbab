package io.github.receivables.reminders.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes the deterministic idempotency key of a planned action: {@code rm-} and the first 128
 * bits, in hex, of a SHA-256 over the parts added, each followed by a line feed. Parts must not
 * contain line feeds. Not thread-safe; use one per key.
 */
final class ActionKeys {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final MessageDigest digest = sha256();

    ActionKeys add(String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return this;
    }

    /** Adds an item as its document id, '#', instalment and '=' step id, as one part. */
    ActionKeys addItem(ItemRef ref, String stepId) {
        digest.update(ref.documentId().value().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '#');
        digest.update(Integer.toString(ref.instalment()).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) '=');
        return add(stepId);
    }

    String key() {
        byte[] hash = digest.digest();
        char[] out = new char[3 + 32];
        out[0] = 'r';
        out[1] = 'm';
        out[2] = '-';
        for (int i = 0; i < 16; i++) {
            out[3 + 2 * i] = HEX[(hash[i] >> 4) & 0xf];
            out[4 + 2 * i] = HEX[hash[i] & 0xf];
        }
        return new String(out);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
