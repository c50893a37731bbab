package io.github.receivables.reconciliation.csv;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Saves column mappings to JSON and loads them back. Reading is strict, so that a mistake in a
 * hand-edited file is reported instead of silently ignored: unknown properties, a property
 * given twice, a fraction where a whole number belongs and any text after the mapping object
 * are all rejected. Thread-safe.
 */
public final class ColumnMappings {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private ColumnMappings() {}

    /**
     * Reads a mapping from JSON text.
     *
     * @param json the JSON document; never null
     * @return the validated mapping; never null
     * @throws InvalidMappingException if the JSON is malformed (the problem gives its line and
     *     column), empty, {@code null} or not an object, is followed by more text, has a property
     *     given twice, an unknown property, a value of the wrong type or a number out of range,
     *     or describes an inconsistent mapping; the problems name the field by its JSON path,
     *     such as {@code amount.debit}
     */
    public static ColumnMapping fromJson(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            return toMapping(readSingleTree(parser));
        } catch (JacksonException e) {
            throw MappingJsonErrors.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the column mapping JSON", e);
        }
    }

    /**
     * Reads a mapping from a JSON stream. The stream is not closed.
     *
     * @param json the JSON document in UTF-8; never null
     * @return the validated mapping; never null
     * @throws InvalidMappingException as {@link #fromJson(String)} does
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ColumnMapping read(InputStream json) {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return toMapping(readSingleTree(parser));
        } catch (JacksonException e) {
            throw MappingJsonErrors.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the column mapping JSON", e);
        }
    }

    /**
     * Writes a mapping as indented JSON. Empty collections and absent columns are left out;
     * reading the text back gives an equal mapping.
     *
     * @param mapping the mapping; never null
     * @return the JSON text; never null
     */
    public static String toJson(ColumnMapping mapping) {
        try {
            return JSON.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a column mapping must always serialize", e);
        }
    }

    /**
     * Writes a mapping as indented JSON to a stream, which is not closed.
     *
     * @param mapping the mapping; never null
     * @param out where to write UTF-8 JSON; never null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ColumnMapping mapping, OutputStream out) {
        try {
            JSON.writer()
                    .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the column mapping JSON", e);
        }
    }

    /**
     * Reads one JSON value and checks that only whitespace follows it. Jackson stops after the
     * first value, so without the check a second object or stray text would be ignored.
     */
    private static JsonNode readSingleTree(JsonParser parser) throws IOException {
        JsonNode tree = JSON.readTree(parser);
        if (tree == null) {
            return null;
        }
        JsonLocation end = parser.currentLocation();
        boolean trailing;
        try {
            trailing = parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            trailing = true;
        }
        if (trailing) {
            throw MappingJsonErrors.problem("json: unexpected text after the mapping object, "
                    + "which ends at line " + end.getLineNr() + ", column "
                    + (end.getColumnNr() - 1)
                    + "; the document must contain one JSON object only", null);
        }
        return tree;
    }

    private static ColumnMapping toMapping(JsonNode tree) {
        if (tree == null || tree.isMissingNode()) {
            throw MappingJsonErrors.problem(
                    "json: the document is empty; expected a JSON object of mapping settings",
                    null);
        }
        if (!tree.isObject()) {
            throw MappingJsonErrors.problem("json: the document is "
                    + MappingJsonErrors.describe(tree.asToken())
                    + "; expected a JSON object of mapping settings", null);
        }
        try {
            return JSON.treeToValue(tree, ColumnMapping.class);
        } catch (JacksonException e) {
            throw MappingJsonErrors.translate(e);
        }
    }
}
