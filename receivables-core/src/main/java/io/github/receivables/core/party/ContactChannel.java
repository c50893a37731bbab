package io.github.receivables.core.party;

/** Ways to reach a debtor. Collection law counts written contacts and calls separately. */
public enum ContactChannel {
    /** Email; a written contact. */
    EMAIL(true),
    /** Text message to a mobile phone; a written contact. */
    SMS(true),
    /** WhatsApp message from a pre-approved template; a written contact. */
    WHATSAPP(true),
    /** Postal letter; a written contact. */
    LETTER(true),
    /** Message in the host's customer portal; a written contact. */
    PORTAL(true),
    /** Phone call by a person or a robot. */
    CALL(false),
    /** Visit in person. */
    VISIT(false);

    private final boolean written;

    ContactChannel(boolean written) {
        this.written = written;
    }

    /**
     * Tells whether the channel is a written contact (as opposed to a call or visit).
     *
     * @return true for email, SMS, WhatsApp, letter and portal
     */
    public boolean isWritten() {
        return written;
    }
}
