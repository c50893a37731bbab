package io.github.receivables.reminders.template;

import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message rendered for one channel, with what a person should know before it goes out.
 *
 * @param templateId the template rendered; never null
 * @param localeTag the locale folder the template files came from, such as {@code es-CL}; never
 *     null
 * @param kind the channel kind; never null
 * @param content the content to send; never null
 * @param warnings problems that do not stop the send, such as too many SMS segments or wording
 *     that consumer law forbids; never null
 * @param sms the SMS encoding and segments, or null for other channels
 * @param gsm7Alternative for an SMS sent as UCS-2, the same text transliterated to GSM-7, or null
 */
public record RenderedMessage(
        String templateId,
        String localeTag,
        ChannelKind kind,
        MessageContent content,
        List<String> warnings,
        SmsSegments sms,
        String gsm7Alternative) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a required component is null
     */
    public RenderedMessage {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(localeTag, "localeTag");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        warnings = List.copyOf(warnings);
    }

    /**
     * Returns the SMS encoding and segments.
     *
     * @return the segments, or empty for other channels
     */
    public Optional<SmsSegments> findSms() {
        return Optional.ofNullable(sms);
    }
}
