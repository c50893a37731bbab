package io.github.receivables.reminders.outbox;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receivables.core.ReceivablesException;
import io.github.receivables.reminders.outbox.ReminderRecord.Progress;
import io.github.receivables.spi.json.ReceivablesJson;
import io.github.receivables.spi.notification.MessageContent;

/**
 * Encodes a reminder entry and the dispatcher's progress as the JSON payload of a store record.
 * The payload contains recipient addresses and message texts, so it is never logged.
 */
final class PayloadCodec {

    /** The JSON document of one payload. */
    record Payload(ReminderEntry entry, Progress progress) {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = MessageContent.Text.class, name = "text"),
        @JsonSubTypes.Type(value = MessageContent.ApprovedTemplate.class,
                name = "approved-template")
    })
    private interface MessageContentMixin {}

    private static final ObjectMapper MAPPER = ReceivablesJson.newMapper()
            .addMixIn(MessageContent.class, MessageContentMixin.class);

    private PayloadCodec() {}

    static String write(ReminderEntry entry, Progress progress) {
        try {
            return MAPPER.writeValueAsString(new Payload(entry, progress));
        } catch (JsonProcessingException e) {
            throw new ReceivablesException("outbox entry " + entry.key()
                    + " could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Payload read(String key, String payload) {
        try {
            return MAPPER.readValue(payload, Payload.class);
        } catch (JsonProcessingException e) {
            throw new ReceivablesException("outbox record " + key + " has a payload that is not"
                    + " a reminder entry (" + e.getOriginalMessage() + "); was it written by"
                    + " another program?", e);
        }
    }
}
