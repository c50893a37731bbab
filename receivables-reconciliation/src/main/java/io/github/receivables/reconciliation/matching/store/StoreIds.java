package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.PaymentAdjustmentId;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.WriteOffId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The store keys derived from a line id, so that every write of a line is idempotent. */
final class StoreIds {

    private static final int MAX_ID = 100;

    private StoreIds() {}

    /** Returns the decision id of a line: the line id itself (line ids have 100 characters). */
    static MatchDecisionId decisionId(String lineId) {
        return MatchDecisionId.of(lineId);
    }

    /** Returns the id of a line's n-th allocation, hashing the line id when it is too long. */
    static AllocationId allocationId(String lineId, int sequence) {
        String suffix = "#" + sequence;
        String base = lineId.length() + suffix.length() <= MAX_ID ? lineId : sha256(lineId);
        return AllocationId.of(base + suffix);
    }

    /** Returns the id of a line's n-th write-off, hashing the line id when it is too long. */
    static WriteOffId writeOffId(String lineId, int sequence) {
        String suffix = "#w" + sequence;
        String base = lineId.length() + suffix.length() <= MAX_ID ? lineId : sha256(lineId);
        return WriteOffId.of(base + suffix);
    }

    /**
     * Returns the id of a line's payment adjustment with a suffix, such as {@code g0} for its
     * first gain, hashing the line id when it is too long.
     */
    static PaymentAdjustmentId paymentAdjustmentId(String lineId, String suffix) {
        String tail = "#" + suffix;
        String base = lineId.length() + tail.length() <= MAX_ID ? lineId : sha256(lineId);
        return PaymentAdjustmentId.of(base + tail);
    }

    /** Returns the SHA-256 of a text as 64 lower-case hex digits. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256, which every JDK must have", e);
        }
    }
}
