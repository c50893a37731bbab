package io.github.receivables.reconciliation.csv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords Jackson's JSON syntax errors in plain words. Jackson's own messages name parser
 * settings, such as {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, that a caller of
 * {@link ColumnMappings} cannot change, so the reason is given instead. The checks match the
 * message texts of jackson-core 2.21; an unrecognised message is shown without such names.
 */
final class JsonSyntaxErrors {

    private static final String DUPLICATE_PREFIX = "Duplicate field '";
    private static final Pattern NON_STANDARD_TOKEN =
            Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern LIMIT = Pattern.compile("\\((\\d+), from [^)]*\\)");
    private static final Pattern SETTING_CLAUSE =
            Pattern.compile("\\s*(\\([^()]*(Feature|`)[^()]*\\)|[:;,] enable `[^`]*` to allow)");

    private JsonSyntaxErrors() {}

    static boolean isDuplicateProperty(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith(DUPLICATE_PREFIX)
                && e.getProcessor() instanceof JsonParser;
    }

    /** Returns {@code path: ...} for a property given twice in one object. */
    static String duplicateProperty(JacksonException e) {
        JsonParser parser = (JsonParser) e.getProcessor();
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (again at line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ")";
        return path(parser.getParsingContext()) + ": the property is set more than once" + where
                + "; keep one of the values and remove the others";
    }

    /** Returns the reason of a syntax error in plain words, on one line. */
    static String reason(JacksonException e) {
        String message = MappingJsonErrors.firstLine(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return constraint(message);
        }
        Matcher token = NON_STANDARD_TOKEN.matcher(message);
        if (token.find()) {
            return token.group(1) + " is not allowed; a JSON number is finite, such as 0 or 12";
        }
        if (message.contains("ALLOW_COMMENTS") || message.contains("('#' (code 35))")) {
            return "comments are not allowed in JSON; remove the comment";
        }
        if (message.contains("(''' (code 39))")) {
            return "single quotes are not allowed in JSON; write names and strings in double"
                    + " quotes";
        }
        return withoutSettings(message);
    }

    private static String constraint(String message) {
        Matcher limit = LIMIT.matcher(message);
        String max = limit.find() ? limit.group(1) : "the parser's limit";
        if (message.startsWith("Document nesting depth")) {
            return "the JSON is nested deeper than " + max + " levels, far deeper than any mapping";
        }
        if (message.startsWith("String value length")) {
            return "a string is longer than " + max + " characters; shorten it";
        }
        if (message.startsWith("Number value length")) {
            return "a number is longer than " + max + " characters; shorten it";
        }
        if (message.startsWith("Name length")) {
            return "a property name is longer than " + max + " characters; shorten it";
        }
        return "the JSON is larger than this reader accepts: " + withoutSettings(message);
    }

    /** Removes clauses that name Jackson settings and the start marker position. */
    private static String withoutSettings(String message) {
        String reason = message;
        int marker = reason.indexOf(" (start marker at");
        if (marker >= 0) {
            reason = reason.substring(0, marker);
        }
        return SETTING_CLAUSE.matcher(reason).replaceAll("");
    }

    /** Returns the JSON path of the parser's position, such as {@code metadata[0].rowOffset}. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "json" : path;
    }
}
