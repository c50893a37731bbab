package io.github.receivables.examples.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.party.TaxId;
import io.github.receivables.spi.json.ReceivablesJson;

/**
 * Writes and reads the JSON columns with the SDK's Jackson mapping, so the stored text matches
 * what {@link ReceivablesJson} documents.
 */
final class JsonCodec {

    private final ObjectMapper mapper = ReceivablesJson.newMapper();

    /** Writes a value as JSON text. */
    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a " + value.getClass().getSimpleName()
                    + " as JSON", e);
        }
    }

    /**
     * Reads JSON text of a column.
     *
     * @throws JdbcStoreException if the stored text is not valid for the type
     */
    <T> T read(String text, TypeReference<T> type, String column) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw invalid(column, e);
        }
    }

    /** Reads JSON text of a column into a class. */
    <T> T read(String text, Class<T> type, String column) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw invalid(column, e);
        }
    }

    /** Returns the name of a collection status variant, such as {@code disputed}. */
    String statusType(CollectionStatus status) {
        return mapper.valueToTree(status).get("type").asText();
    }

    /**
     * Rebuilds a tax id from its columns through the mapping's tax id schemes, which validate the
     * check digit of a RUT.
     */
    TaxId taxId(String country, String compact) {
        ObjectNode node = mapper.createObjectNode().put("country", country).put("id", compact);
        try {
            return mapper.treeToValue(node, TaxId.class);
        } catch (JsonProcessingException e) {
            throw invalid("tax_id", e);
        }
    }

    private static JdbcStoreException invalid(String column, JsonProcessingException e) {
        // Jackson's message may quote the stored value, so it stays in the cause only.
        return new JdbcStoreException("the stored value of column " + column
                + " cannot be read: the row was changed outside the store or by an"
                + " incompatible version", e);
    }
}
