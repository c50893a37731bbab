package io.github.receivables.examples.smtp;

/** Protection of the SMTP connection: none, STARTTLS or implicit TLS. */
public enum SmtpSecurity {
    /**
     * No TLS: the conversation, and any password, crosses the network in clear text. Use it only
     * for a relay on the same host or a test server. {@link SmtpSettings} rejects credentials
     * with this mode.
     */
    NONE,
    /**
     * Plain connection upgraded with the STARTTLS command, usually on port 587. The upgrade is
     * required: the send fails when the server does not offer STARTTLS.
     */
    STARTTLS,
    /** TLS from the first byte (SMTPS, RFC 8314 implicit TLS), usually on port 465. */
    IMPLICIT_TLS
}
