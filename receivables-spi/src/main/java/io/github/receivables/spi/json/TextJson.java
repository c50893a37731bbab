package io.github.receivables.spi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value as one JSON string and reads it back, for identifiers and language tags. A
 * value the parser rejects (a blank id, for example) becomes an input mismatch naming the text.
 */
final class TextJson {

    private TextJson() {}

    static final class Serializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Function<T, String> toText;

        Serializer(Class<T> type, Function<T, String> toText) {
            super(type);
            this.toText = toText;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(toText.apply(value));
        }
    }

    static final class KeySerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Function<T, String> toText;

        KeySerializer(Class<T> type, Function<T, String> toText) {
            super(type);
            this.toText = toText;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeFieldName(toText.apply(value));
        }
    }

    static final class Deserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Function<String, T> fromText;

        Deserializer(Class<T> type, Function<String, T> fromText) {
            super(type);
            this.fromText = fromText;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.reportInputMismatch(handledType(), "%s must be a JSON string, got %s",
                        handledType().getSimpleName(), parser.currentToken());
            }
            String text = parser.getText();
            try {
                return fromText.apply(text);
            } catch (IllegalArgumentException e) {
                return context.reportInputMismatch(handledType(), "%s", e.getMessage());
            }
        }
    }

    static final class KeyParser<T> extends KeyDeserializer {
        private final Class<T> type;
        private final Function<String, T> fromText;

        KeyParser(Class<T> type, Function<String, T> fromText) {
            this.type = type;
            this.fromText = fromText;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context)
                throws IOException {
            try {
                return fromText.apply(key);
            } catch (IllegalArgumentException e) {
                return context.handleWeirdKey(type, key, "%s", e.getMessage());
            }
        }
    }
}
