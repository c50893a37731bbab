package io.github.receivables.reminders.template;

import java.util.Objects;

/**
 * The encoding of an SMS text and the number of segments it takes.
 *
 * <p>GSM-7 text takes one segment up to 160 septets and 153 per segment beyond; an extension
 * character (such as {@code €} or {@code [}) counts two septets and is never split across two
 * segments. Text with any character outside GSM-7 is sent as UCS-2: one segment up to 70 UTF-16
 * code units and 67 per segment beyond, never splitting a surrogate pair.
 *
 * @param encoding the encoding; never null
 * @param units the length in septets (GSM-7) or UTF-16 code units (UCS-2)
 * @param segments the number of segments, 1 for an empty text
 */
public record SmsSegments(SmsEncoding encoding, int units, int segments) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if encoding is null
     */
    public SmsSegments {
        Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * Counts the segments of a text.
     *
     * @param text the SMS text; never null
     * @return the encoding, length and segments; never null
     */
    public static SmsSegments of(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return Gsm7.isGsm7(text) ? gsm(text) : ucs2(text);
    }

    private static SmsSegments gsm(CharSequence text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += Gsm7.septets(text.charAt(i));
        }
        if (total <= SmsEncoding.GSM_7.singleCapacity()) {
            return new SmsSegments(SmsEncoding.GSM_7, total, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = Gsm7.septets(text.charAt(i));
            if (used + size > SmsEncoding.GSM_7.partCapacity()) {
                segments++;
                used = 0;
            }
            used += size;
        }
        return new SmsSegments(SmsEncoding.GSM_7, total, segments);
    }

    private static SmsSegments ucs2(CharSequence text) {
        int total = text.length();
        if (total <= SmsEncoding.UCS_2.singleCapacity()) {
            return new SmsSegments(SmsEncoding.UCS_2, total, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean pair = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            int size = pair ? 2 : 1;
            if (used + size > SmsEncoding.UCS_2.partCapacity()) {
                segments++;
                used = 0;
            }
            used += size;
            if (pair) {
                i++;
            }
        }
        return new SmsSegments(SmsEncoding.UCS_2, total, segments);
    }
}
