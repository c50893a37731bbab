package io.github.receivables.reminders.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads typed values out of a JSON tree and collects every problem with its field path, so one
 * run reports all mistakes in a file. Shared by the policy and contact rule readers.
 */
public final class JsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final List<String> problems = new ArrayList<>();

    /**
     * Parses JSON text into a tree.
     *
     * @param reader the text; never null
     * @param source the file or resource name for messages; never null
     * @return the root node; never null
     * @throws PolicyValidationException if the text is not well-formed JSON, naming the line and
     *     column
     * @throws UncheckedIOException if reading fails
     */
    public static JsonNode parse(Reader reader, String source) {
        try {
            JsonNode root = MAPPER.readTree(reader);
            if (root == null || root.isMissingNode()) {
                throw new PolicyValidationException(source, List.of("(root): the file is empty"));
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new PolicyValidationException(source, List.of("(root): not valid JSON" + where
                    + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Returns the problems found so far.
     *
     * @return the problems, each starting with its field path; never null
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * Records a problem.
     *
     * @param path the field path
     * @param message what is wrong and what is expected
     */
    public void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    /**
     * Checks that a node is an object with only known fields.
     *
     * @param node the node
     * @param path its path
     * @param known the field names allowed
     * @return true if the node is an object
     */
    public boolean object(JsonNode node, String path, Set<String> known) {
        if (node == null || !node.isObject()) {
            problem(path, "must be an object, got " + describe(node));
            return false;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(join(path, name), "is not a known field; expected one of "
                        + new java.util.TreeSet<>(known));
            }
        }
        return true;
    }

    /**
     * Reads a required text field.
     *
     * @param parent the object
     * @param path the object's path
     * @param name the field name
     * @return the text, or null after recording a problem
     */
    public String text(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            problem(join(path, name), "is missing");
            return null;
        }
        if (!node.isTextual()) {
            problem(join(path, name), "must be a string, got " + describe(node));
            return null;
        }
        return node.asText();
    }

    /**
     * Reads an optional text field.
     *
     * @param parent the object
     * @param path the object's path
     * @param name the field name
     * @return the text, or null when absent or invalid
     */
    public String optionalText(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : text(parent, path, name);
    }

    /**
     * Reads a required whole number field.
     *
     * @param parent the object
     * @param path the object's path
     * @param name the field name
     * @return the number, or null after recording a problem
     */
    public Integer integer(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            problem(join(path, name), "is missing");
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(join(path, name), "must be a whole number, got " + describe(node));
            return null;
        }
        return node.intValue();
    }

    /**
     * Reads an optional boolean field.
     *
     * @param parent the object
     * @param path the object's path
     * @param name the field name
     * @param absent the value when the field is absent
     * @return the value
     */
    public boolean bool(JsonNode parent, String path, String name, boolean absent) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (!node.isBoolean()) {
            problem(join(path, name), "must be true or false, got " + describe(node));
            return absent;
        }
        return node.booleanValue();
    }

    /**
     * Reads a decimal number given as a JSON number or a string.
     *
     * @param parent the object
     * @param path the object's path
     * @param name the field name
     * @return the number, or null after recording a problem
     */
    public BigDecimal decimal(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node != null && node.isNumber()) {
            return node.decimalValue();
        }
        if (node != null && node.isTextual()) {
            try {
                return new BigDecimal(node.asText());
            } catch (NumberFormatException e) {
                problem(join(path, name), "must be a decimal number, got " + describe(node));
                return null;
            }
        }
        problem(join(path, name), node == null ? "is missing" : "must be a decimal number, got "
                + describe(node));
        return null;
    }

    /**
     * Reads an enum constant from a string field, ignoring case.
     *
     * @param <E> the enum type
     * @param parent the object
     * @param path the object's path
     * @param name the field name
     * @param type the enum class
     * @return the constant, or null after recording a problem
     */
    public <E extends Enum<E>> E enumValue(JsonNode parent, String path, String name,
            Class<E> type) {
        String text = text(parent, path, name);
        return text == null ? null : enumOf(text, join(path, name), type);
    }

    /**
     * Converts a text to an enum constant, ignoring case.
     *
     * @param <E> the enum type
     * @param text the text
     * @param path the field path
     * @param type the enum class
     * @return the constant, or null after recording a problem
     */
    public <E extends Enum<E>> E enumOf(String text, String path, Class<E> type) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            problem(path, "'" + text + "' is not one of " + names);
            return null;
        }
    }

    /**
     * Returns an array field's elements.
     *
     * @param parent the object
     * @param path the object's path
     * @param name the field name
     * @param required whether a missing field is a problem
     * @return the elements; empty when absent or invalid
     */
    public List<JsonNode> array(JsonNode parent, String path, String name, boolean required) {
        JsonNode node = parent.get(name);
        List<JsonNode> elements = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (required) {
                problem(join(path, name), "is missing");
            }
            return elements;
        }
        if (!node.isArray()) {
            problem(join(path, name), "must be an array, got " + describe(node));
            return elements;
        }
        node.forEach(elements::add);
        return elements;
    }

    /**
     * Joins an object path and a field name.
     *
     * @param path the object's path, empty for the root
     * @param name the field name
     * @return such as {@code steps[2].offsetDays}
     */
    public static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
