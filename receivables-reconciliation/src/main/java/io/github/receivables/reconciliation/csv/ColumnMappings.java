package io.github.receivables.reconciliation.csv;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
     * @throws InvalidMappingException if the JSON is malformed, has an unknown property or a value
     *     of the wrong type, or describes an inconsistent mapping; the problems name the field
     */
    public static ColumnMapping fromJson(String json) {
        try {
            return JSON.readValue(json, ColumnMapping.class);
        } catch (JsonProcessingException e) {
            throw translate(e);
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
        try {
            return JSON.readerFor(ColumnMapping.class)
                    .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
                    .readValue(json);
        } catch (JacksonException e) {
            throw translate(e);
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

    private static InvalidMappingException translate(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidMappingException invalid) {
                return invalid;
            }
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String message = e.getOriginalMessage();
        if (e.getCause() instanceof IllegalArgumentException cause) {
            message = cause.getMessage();
        }
        String where = field.isEmpty() ? "json" : field;
        return new InvalidMappingException(null, List.of(where + ": " + firstLine(message)), e);
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
