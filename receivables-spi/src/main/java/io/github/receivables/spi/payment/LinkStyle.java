package io.github.receivables.spi.payment;

/** The way a payment provider lets a debtor pay. */
public enum LinkStyle {
    /**
     * The provider returns a URL that may be shared and opened later, until it expires, such as a
     * hosted payment link.
     */
    SHAREABLE,
    /**
     * The provider returns a one-off token valid for minutes, so a message cannot carry it. The
     * message carries a link to a page of the host instead, and that page asks the provider for a
     * token when the debtor clicks.
     */
    ONE_OFF_TOKEN
}
