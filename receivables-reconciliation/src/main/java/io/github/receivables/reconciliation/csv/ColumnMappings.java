package io.github.receivables.reconciliation.csv;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 * Saves column mappings to JSON and loads them back. Unknown properties are rejected so that a
 * misspelt setting is reported instead of silently ignored. Thread-safe.
 */
public final class ColumnMappings {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
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
     *     column), empty, {@code null} or not an object, has an unknown property or a value of the
     *     wrong type, or describes an inconsistent mapping; the problems name the field by its
     *     JSON path, such as {@code amount.debit}
     */
    public static ColumnMapping fromJson(String json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw MappingJsonErrors.translate(e);
        }
        return toMapping(tree);
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
        JsonNode tree;
        try {
            tree = JSON.reader()
                    .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
                    .readTree(json);
        } catch (JacksonException e) {
            throw MappingJsonErrors.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the column mapping JSON", e);
        }
        return toMapping(tree);
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
