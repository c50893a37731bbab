package io.github.receivables.reconciliation.csv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns Jackson failures while reading a mapping into {@link InvalidMappingException} problems
 * that name the JSON field and the expected value, without Jackson class or source details.
 */
final class MappingJsonErrors {

    private MappingJsonErrors() {}

    static InvalidMappingException translate(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidMappingException invalid) {
                return invalid;
            }
        }
        if (JsonSyntaxErrors.isDuplicateProperty(e)) {
            return problem(JsonSyntaxErrors.duplicateProperty(e), e);
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String where = field.isEmpty() ? "json" : field;
        return problem(where + ": " + message(e, field), e);
    }

    static InvalidMappingException problem(String problem, Throwable cause) {
        return new InvalidMappingException(null, List.of(problem), cause);
    }

    /** Returns a plain description of a JSON token, such as {@code an array}. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT -> "an object";
            case START_ARRAY, END_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "an unexpected value";
        };
    }

    private static String message(JacksonException e, String field) {
        if (e instanceof SingleCharacterDeserializer.InvalidJsonValueException) {
            return e.getOriginalMessage();
        }
        String number = WholeNumberErrors.describe(e, field);
        if (number != null) {
            return number;
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property; the properties allowed here are "
                    + new TreeSet<>(names(unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not " + expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "expected " + expected(mismatch.getTargetType()) + ", got " + actual(e);
        }
        if (e instanceof JsonMappingException && e.getCause() instanceof IllegalArgumentException c
                && c.getMessage() != null) {
            return firstLine(c.getMessage());
        }
        if (e instanceof JsonMappingException) {
            return "invalid value; check it against the mapping documentation";
        }
        return syntax(e);
    }

    private static String syntax(JacksonException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "not valid JSON" + where + ": " + JsonSyntaxErrors.reason(e);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class || type == long.class
                || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == char.class || type == Character.class) {
            return "one character";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a value";
    }

    private static String actual(JacksonException e) {
        return e.getProcessor() instanceof JsonParser parser
                ? describe(parser.currentToken())
                : "a value of another type";
    }

    private static List<String> names(Collection<Object> ids) {
        return ids == null ? List.of() : ids.stream().map(String::valueOf).toList();
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

    static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
