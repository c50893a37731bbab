package io.github.receivables.examples.smtp;

import java.util.Locale;
import java.util.Objects;

/**
 * Derives the Message-ID of a notification from its idempotency key, so every send of one key
 * carries the same Message-ID and a receiver can recognize a second copy.
 *
 * <p>The id is {@code <local@domain>} where the local part is the key written as an RFC 5322
 * dot-atom: letters, digits and {@code !#$%&'*+-/?^_`{|}~} stay as they are; {@code =}, the
 * characters {@code "(),:;<>@[\]} and each dot that starts or ends the key or follows another
 * dot become {@code =} and two upper-case hex digits. Because {@code =} itself is escaped, two
 * different keys never give the same id.
 */
public final class MessageIds {

    private static final String ATEXT_SYMBOLS = "!#$%&'*+-/?^_`{|}~";

    private MessageIds() {}

    /**
     * Returns the Message-ID for a key, angle brackets included.
     *
     * @param idempotencyKey the notification's key, 1 to 200 printable ASCII characters
     * @param domain the part after the {@code @}; an ASCII host name; never null
     * @return such as {@code <reminder-42=3A1@mail.example.cl>}; never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is empty or has a character outside printable
     *     ASCII
     */
    public static String of(String idempotencyKey, String domain) {
        Objects.requireNonNull(domain, "domain");
        return "<" + localPart(idempotencyKey) + "@" + domain + ">";
    }

    /**
     * Returns the local part of the Message-ID for a key: the key as a dot-atom.
     *
     * @param idempotencyKey the notification's key; printable ASCII; never empty
     * @return the dot-atom text; never empty
     * @throws NullPointerException if the key is null
     * @throws IllegalArgumentException if the key is empty or has a character outside printable
     *     ASCII
     */
    public static String localPart(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.isEmpty()) {
            throw new IllegalArgumentException("idempotency key is empty");
        }
        StringBuilder out = new StringBuilder(idempotencyKey.length() + 8);
        int last = idempotencyKey.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = idempotencyKey.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("idempotency key '" + idempotencyKey
                        + "' has a character outside printable ASCII at index " + i);
            }
            boolean keep = c == '.'
                    ? i > 0 && i < last && idempotencyKey.charAt(i - 1) != '.'
                    : isAtext(c) && c != '=';
            if (keep) {
                out.append(c);
            } else {
                out.append('=').append(String.format(Locale.ROOT, "%02X", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean isAtext(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ATEXT_SYMBOLS.indexOf(c) >= 0 || c == '=';
    }
}
