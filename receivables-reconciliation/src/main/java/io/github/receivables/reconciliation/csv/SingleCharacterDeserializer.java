package io.github.receivables.reconciliation.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Reads a mapping separator or quote from a JSON string of exactly one character. Jackson's own
 * character deserializer turns {@code ""} into U+0000 and accepts numbers as character codes,
 * which hides typing mistakes in a mapping file.
 */
abstract class SingleCharacterDeserializer extends JsonDeserializer<Character> {

    /** For {@code delimiter}, which must be set when present. */
    static final class Delimiter extends Required {
        Delimiter() {
            super("write one character, such as ';', ',' or a tab");
        }
    }

    /** For {@code decimalSeparator}, which must be set when present. */
    static final class DecimalSeparator extends Required {
        DecimalSeparator() {
            super("write one character, usually ',' or '.'");
        }
    }

    /** For {@code quote}, where JSON null means that fields are never quoted. */
    static final class Quote extends SingleCharacterDeserializer {
        Quote() {
            super("write one character, usually '\"', or null for none");
        }
    }

    /** For {@code groupingSeparator}, where JSON null means that amounts have none. */
    static final class GroupingSeparator extends SingleCharacterDeserializer {
        GroupingSeparator() {
            super("write one character, usually '.' or ',', or null for none");
        }
    }

    /** A separator that JSON null cannot switch off. */
    private abstract static class Required extends SingleCharacterDeserializer {
        Required(String advice) {
            super(advice);
        }

        @Override
        public Character getNullValue(DeserializationContext context) throws
                MismatchedInputException {
            throw new InvalidJsonValueException(context.getParser(),
                    "must be one character, got null; " + advice());
        }
    }

    private final String advice;

    private SingleCharacterDeserializer(String advice) {
        this.advice = advice;
    }

    final String advice() {
        return advice;
    }

    @Override
    public Character deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            if (text.length() == 1) {
                return text.charAt(0);
            }
            throw new InvalidJsonValueException(parser, "must be one character, got '"
                    + text + "' (" + text.length() + " characters); " + advice);
        }
        throw new InvalidJsonValueException(parser, "must be one character in a JSON string, got "
                + MappingJsonErrors.describe(parser.currentToken()) + "; " + advice);
    }

    /** A mapping value rejected by this project's deserializers; the message is ready to show. */
    static final class InvalidJsonValueException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        InvalidJsonValueException(JsonParser parser, String message) {
            super(parser, message);
        }
    }
}
