package io.github.receivables.spi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.receivables.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Iterator;

/**
 * Writes {@link Money} as {@code {"amount":"1234.50","currency":"USD"}}: the amount as a string at
 * the currency's scale, so no JSON reader turns it into a binary floating-point number.
 */
final class MoneyJson {

    private MoneyJson() {}

    static final class Serializer extends StdSerializer<Money> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money money, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartObject();
            generator.writeStringField("amount", money.amount().toPlainString());
            generator.writeStringField("currency", money.currency().getCurrencyCode());
            generator.writeEndObject();
        }
    }

    /**
     * Reads an amount given as a string or a JSON number. An amount with more fraction digits
     * than its currency allows is rejected, never rounded.
     */
    static final class Deserializer extends StdDeserializer<Money> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node == null || !node.isObject()) {
                return context.reportInputMismatch(Money.class,
                        "money must be an object such as {\"amount\":\"1234.50\",\"currency\":"
                                + "\"USD\"}, got %s", node);
            }
            rejectUnknownFields(node, context);
            Currency currency = currency(node.get("currency"), context);
            BigDecimal amount = amount(node.get("amount"), context);
            try {
                return Money.of(amount, currency);
            } catch (ArithmeticException e) {
                return context.reportInputMismatch(Money.class, "%s", e.getMessage());
            }
        }

        private static void rejectUnknownFields(JsonNode node, DeserializationContext context)
                throws IOException {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("amount") && !name.equals("currency")) {
                    context.reportInputMismatch(Money.class, "money has unknown field '%s':"
                            + " expected only amount and currency", name);
                }
            }
        }

        private static Currency currency(JsonNode node, DeserializationContext context)
                throws IOException {
            if (node == null || !node.isTextual()) {
                return context.reportInputMismatch(Money.class,
                        "money needs a currency as an ISO 4217 code string such as \"CLP\"");
            }
            try {
                return Currency.getInstance(node.textValue());
            } catch (IllegalArgumentException e) {
                return context.reportInputMismatch(Money.class,
                        "money has unknown currency code '%s': use an ISO 4217 code such as CLP",
                        node.textValue());
            }
        }

        private static BigDecimal amount(JsonNode node, DeserializationContext context)
                throws IOException {
            if (node != null && node.isNumber()) {
                return node.decimalValue();
            }
            if (node == null || !node.isTextual()) {
                return context.reportInputMismatch(Money.class,
                        "money needs an amount as a decimal string such as \"1234.50\"");
            }
            try {
                return new BigDecimal(node.textValue());
            } catch (NumberFormatException e) {
                return context.reportInputMismatch(Money.class,
                        "money amount '%s' is not a decimal number such as \"1234.50\"",
                        node.textValue());
            }
        }
    }
}
