package io.github.receivables.spi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.receivables.core.party.GenericTaxId;
import io.github.receivables.core.party.InvalidTaxIdException;
import io.github.receivables.core.party.TaxId;
import io.github.receivables.core.party.TaxIdScheme;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link TaxId} as {@code {"country":"CL","id":"123456785"}} (the compact form) and reads
 * it back through the country's {@link TaxIdScheme}, which validates the check digit; a country
 * without a scheme becomes a {@link GenericTaxId}.
 */
final class TaxIdJson {

    private TaxIdJson() {}

    static final class Serializer extends StdSerializer<TaxId> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(TaxId.class);
        }

        @Override
        public void serialize(TaxId taxId, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartObject();
            generator.writeStringField("country", taxId.country());
            generator.writeStringField("id", taxId.compact());
            generator.writeEndObject();
        }
    }

    static final class Deserializer extends StdDeserializer<TaxId> {
        private static final long serialVersionUID = 1L;

        private final transient Map<String, TaxIdScheme> schemes;

        Deserializer(Map<String, TaxIdScheme> schemes) {
            super(TaxId.class);
            this.schemes = Map.copyOf(schemes);
        }

        @Override
        public TaxId deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            JsonNode node = parser.readValueAsTree();
            JsonNode country = node == null ? null : node.get("country");
            JsonNode id = node == null ? null : node.get("id");
            if (country == null || !country.isTextual() || id == null || !id.isTextual()) {
                return context.reportInputMismatch(TaxId.class, "tax id must be an object such"
                        + " as {\"country\":\"CL\",\"id\":\"123456785\"}, got %s", node);
            }
            TaxIdScheme scheme = schemes.get(country.textValue());
            try {
                return scheme != null ? scheme.parse(id.textValue())
                        : new GenericTaxId(country.textValue(), id.textValue());
            } catch (InvalidTaxIdException e) {
                return context.reportInputMismatch(TaxId.class, "%s", e.getMessage());
            }
        }
    }
}
