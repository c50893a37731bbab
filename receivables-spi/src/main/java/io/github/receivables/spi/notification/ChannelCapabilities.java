package io.github.receivables.spi.notification;

/**
 * The content a channel can carry, so the sender renders content that fits.
 *
 * @param maxLength the longest text the channel accepts, in UTF-16 characters; {@code
 *     Integer.MAX_VALUE} for no limit; at least 1
 * @param html true if the channel renders HTML next to the plain text
 * @param templatesOnly true if the channel accepts only pre-approved templates with parameters
 *     (as WhatsApp does for messages a business starts), never free text
 */
public record ChannelCapabilities(int maxLength, boolean html, boolean templatesOnly) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if maxLength is less than 1
     */
    public ChannelCapabilities {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, got " + maxLength);
        }
    }

    /**
     * Returns the capabilities of an email channel: any length, HTML and plain text.
     *
     * @return the capabilities; never null
     */
    public static ChannelCapabilities email() {
        return new ChannelCapabilities(Integer.MAX_VALUE, true, false);
    }

    /**
     * Returns the capabilities of a plain text channel with a length limit.
     *
     * @param maxLength the longest text accepted, in UTF-16 characters
     * @return the capabilities; never null
     * @throws IllegalArgumentException if maxLength is less than 1
     */
    public static ChannelCapabilities plainText(int maxLength) {
        return new ChannelCapabilities(maxLength, false, false);
    }

    /**
     * Returns the capabilities of a channel that sends pre-approved templates only.
     *
     * @return the capabilities; never null
     */
    public static ChannelCapabilities approvedTemplates() {
        return new ChannelCapabilities(Integer.MAX_VALUE, false, true);
    }

    /**
     * Tells whether the channel has a length limit.
     *
     * @return true unless maxLength is {@code Integer.MAX_VALUE}
     */
    public boolean hasMaxLength() {
        return maxLength != Integer.MAX_VALUE;
    }
}
