package io.github.receivables.reminders.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** Computes the deterministic idempotency key of a planned action. */
final class ActionKeys {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ActionKeys() {}

    /**
     * Returns {@code rm-} and the first 128 bits of a SHA-256, in hex, over the given parts
     * joined by line feeds. The parts must not contain line feeds.
     */
    static String key(List<String> parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
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
