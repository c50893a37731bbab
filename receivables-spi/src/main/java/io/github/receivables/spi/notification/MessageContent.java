package io.github.receivables.spi.notification;

import java.util.List;
import java.util.Objects;

/** The content of a notification: free text (with optional HTML) or a pre-approved template. */
public sealed interface MessageContent {

    /**
     * Returns the length of the longest text part, for checking a channel's limit.
     *
     * @return the length in UTF-16 characters
     */
    int length();

    /**
     * Free text, for email, SMS, letters, portal messages and human tasks.
     *
     * @param subject the subject or title, or null where the channel has none (SMS)
     * @param plain the plain text body; never null
     * @param html the HTML body, or null for plain text only
     */
    record Text(String subject, String plain, String html) implements MessageContent {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if plain is null
         */
        public Text {
            Objects.requireNonNull(plain, "plain");
        }

        @Override
        public int length() {
            return html == null ? plain.length() : Math.max(plain.length(), html.length());
        }
    }

    /**
     * A template approved in advance by the channel's operator, such as a WhatsApp message
     * template, filled with parameters in order.
     *
     * @param name the template's registered name; never blank
     * @param language the template's language code as the operator spells it, such as
     *     {@code es_CL}; never blank
     * @param parameters the body parameters in order; never null
     */
    record ApprovedTemplate(String name, String language, List<String> parameters)
            implements MessageContent {
        /**
         * Validates and copies the components.
         *
         * @throws NullPointerException if a component or parameter is null
         * @throws IllegalArgumentException if name or language is blank
         */
        public ApprovedTemplate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            parameters = List.copyOf(parameters);
            if (name.isBlank() || language.isBlank()) {
                throw new IllegalArgumentException("approved template name and language must not"
                        + " be blank, got name '" + name + "' and language '" + language + "'");
            }
        }

        @Override
        public int length() {
            int max = name.length();
            for (String parameter : parameters) {
                max = Math.max(max, parameter.length());
            }
            return max;
        }
    }
}
