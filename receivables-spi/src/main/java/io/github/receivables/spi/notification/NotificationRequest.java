package io.github.receivables.spi.notification;

import java.util.Map;
import java.util.Objects;

/**
 * One notification to send. The idempotency key identifies it across retries, crashes and
 * nodes: a channel that receives a key it has already accepted must not deliver again, and
 * should return the result of the first send.
 *
 * @param idempotencyKey the key, 1 to 200 printable ASCII characters; never null
 * @param kind the channel kind; never null
 * @param recipient who receives it; never null
 * @param content what it carries; never null
 * @param attributes ids for tracing, such as customer, policy and step ids; never personal data;
 *     never null
 */
public record NotificationRequest(
        String idempotencyKey,
        ChannelKind kind,
        Recipient recipient,
        MessageContent content,
        Map<String, String> attributes) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the key is empty, too long or not printable ASCII
     */
    public NotificationRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
        attributes = Map.copyOf(attributes);
        if (!isValidKey(idempotencyKey)) {
            throw new IllegalArgumentException("idempotency key '" + idempotencyKey
                    + "' must be 1 to 200 printable ASCII characters");
        }
    }

    private static boolean isValidKey(String key) {
        if (key.isEmpty() || key.length() > 200) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
