package io.github.receivables.spi.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Ready-made Jackson mappers for the SDK's JSON. */
public final class ReceivablesJson {

    private ReceivablesJson() {}

    /**
     * Creates a mapper with {@link ReceivablesJacksonModule} and Jackson's java.time support that
     * writes dates and instants as ISO-8601 text ({@code "2024-03-01"}, {@code
     * "2024-03-01T12:00:00.123456Z"}), keeps the zone of what it reads, writes empty records
     * such as the active collection status, and rejects unknown fields. A mapper is thread-safe
     * once configured; create one and share it.
     *
     * @return a new mapper
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new ReceivablesJacksonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
