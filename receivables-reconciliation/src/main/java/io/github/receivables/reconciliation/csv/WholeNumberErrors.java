package io.github.receivables.reconciliation.csv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Describes the failure of a JSON number that is not a whole number in the range of its mapping
 * property, such as {@code "skipRows": 3.5} or {@code 1e99}. Every whole-number property of a
 * mapping accepts 0 to {@link Integer#MAX_VALUE}, except {@code rowOffset}, which is 0 or 1.
 */
final class WholeNumberErrors {

    private WholeNumberErrors() {}

    /**
     * Returns the problem text, or null when the failure is not a number read into a whole-number
     * property.
     */
    static String describe(JacksonException e, String field) {
        if (!isWholeNumberTarget(e) || !(e.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        JsonToken token = parser.currentToken();
        if (token == null || !token.isNumeric()) {
            return null;
        }
        return "expected " + range(field) + ", got " + text(parser);
    }

    private static String range(String field) {
        return field.endsWith("rowOffset")
                ? "0 or 1"
                : "a whole number from 0 to " + Integer.MAX_VALUE;
    }

    private static boolean isWholeNumberTarget(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Class<?> type = t instanceof MismatchedInputException m ? m.getTargetType()
                    : t instanceof InputCoercionException c ? c.getTargetType() : null;
            if (type == int.class || type == Integer.class || type == long.class
                    || type == Long.class) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonParser parser) {
        try {
            return parser.getText();
        } catch (IOException e) {
            return "a number out of range";
        }
    }
}
