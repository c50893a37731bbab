package io.github.receivables.spi.payment;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A way to pay returned by a {@link PaymentLinkProvider}. */
public sealed interface PaymentLink {

    /**
     * Returns the URL to open to pay.
     *
     * @return the URL; never null
     */
    URI url();

    /**
     * A URL that may be shared in a message and opened until it expires.
     *
     * @param url the payment page; never null
     * @param expiresAt when it stops working, or null when it does not expire
     */
    record Shareable(URI url, Instant expiresAt) implements PaymentLink {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if url is null
         */
        public Shareable {
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * A one-off token and the URL that starts the transaction with it, valid for minutes.
     *
     * @param token the provider's token; never blank
     * @param url the URL that starts the transaction; never null
     * @param expiresAt when the token stops working; never null
     */
    record OneOffToken(String token, URI url, Instant expiresAt) implements PaymentLink {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the token is blank
         */
        public OneOffToken {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(expiresAt, "expiresAt");
            if (token.isBlank()) {
                throw new IllegalArgumentException("payment token must not be blank");
            }
        }

        @Override
        public String toString() {
            return "OneOffToken[url=" + url + ", expiresAt=" + expiresAt + "]";
        }
    }
}
