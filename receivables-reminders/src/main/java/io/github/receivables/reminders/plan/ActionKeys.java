package io.github.receivables.reminders.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes the deterministic idempotency key of a planned action: {@code rm-} and the first 128
 * bits, in hex, of a SHA-256 over the parts added, each followed by a line feed. Parts must not
 * contain line feeds. Each thread reuses one instance through {@link #start()}.
 */
final class ActionKeys {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** One digest and buffer per thread, reset for every key, since planning makes many. */
    private static final ThreadLocal<ActionKeys> PER_THREAD =
            ThreadLocal.withInitial(ActionKeys::new);

    private final MessageDigest digest = sha256();
    private final byte[] buffer = new byte[256];

    private ActionKeys() {}

    /** Returns this thread's instance, reset and ready for a new key. */
    static ActionKeys start() {
        ActionKeys keys = PER_THREAD.get();
        keys.digest.reset();
        return keys;
    }

    ActionKeys add(String part) {
        text(part);
        digest.update((byte) '\n');
        return this;
    }

    /** Adds an item as its document id, '#', instalment and '=' step id, as one part. */
    ActionKeys addItem(ItemRef ref, String stepId) {
        text(ref.documentId().value());
        digest.update((byte) '#');
        text(Integer.toString(ref.instalment()));
        digest.update((byte) '=');
        return add(stepId);
    }

    /** Feeds the UTF-8 bytes of a text; ASCII goes through a reused buffer. */
    private void text(String part) {
        int length = part.length();
        if (length > buffer.length) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (int i = 0; i < length; i++) {
            char c = part.charAt(i);
            if (c >= 0x80) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                return;
            }
            buffer[i] = (byte) c;
        }
        digest.update(buffer, 0, length);
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
