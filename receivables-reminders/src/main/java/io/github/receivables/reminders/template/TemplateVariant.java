package io.github.receivables.reminders.template;

import io.github.receivables.spi.notification.ChannelKind;
import java.util.List;

/**
 * One file of a template, for one channel or one part of a message. A template file is named
 * {@code <templateId>.<suffix>.mustache} in a folder named for the locale, such as
 * {@code es-CL/firm.sms.mustache}.
 */
public enum TemplateVariant {
    /** The email subject line, plain text. */
    EMAIL_SUBJECT("email-subject", false),
    /** The email body in HTML; values are HTML-escaped. */
    EMAIL_HTML("email-html", true),
    /** The email body in plain text; also used for portal messages and, when absent, letters. */
    EMAIL_TEXT("email-text", false),
    /** The SMS text. */
    SMS("sms", false),
    /**
     * A WhatsApp template: a line {@code template: <name>}, optionally a line
     * {@code language: <code>}, then one parameter per non-blank line.
     */
    WHATSAPP("whatsapp", false),
    /** A postal letter in plain text; falls back to {@link #EMAIL_TEXT} when absent. */
    LETTER("letter", false),
    /**
     * A task for a person, or a script for a call or visit: the first line is the title, the rest
     * the body; falls back to {@link #EMAIL_TEXT} when absent.
     */
    TASK("task", false);

    private final String suffix;
    private final boolean html;

    TemplateVariant(String suffix, boolean html) {
        this.suffix = suffix;
        this.html = html;
    }

    /**
     * Returns the file name part of this variant.
     *
     * @return such as {@code email-html}; never null
     */
    public String suffix() {
        return suffix;
    }

    /**
     * Tells whether values are HTML-escaped in this variant.
     *
     * @return true for the HTML email body only
     */
    public boolean isHtml() {
        return html;
    }

    /**
     * Returns the variant used when this one has no file.
     *
     * @return {@link #EMAIL_TEXT} for letters and tasks, else null
     */
    public TemplateVariant fallback() {
        return this == LETTER || this == TASK ? EMAIL_TEXT : null;
    }

    /**
     * Returns the variants that make up a message on a channel kind.
     *
     * @param kind the channel kind; never null
     * @return the variants in the order the message uses them; never empty
     */
    public static List<TemplateVariant> forChannel(ChannelKind kind) {
        switch (kind) {
            case EMAIL:
                return List.of(EMAIL_SUBJECT, EMAIL_TEXT, EMAIL_HTML);
            case PORTAL:
                return List.of(EMAIL_SUBJECT, EMAIL_TEXT);
            case SMS:
                return List.of(SMS);
            case WHATSAPP:
                return List.of(WHATSAPP);
            case LETTER:
                return List.of(EMAIL_SUBJECT, LETTER);
            default:
                return List.of(TASK);
        }
    }
}
