package io.github.receivables.reminders.policy;

import io.github.receivables.core.party.ContactChannel;
import java.util.List;
import java.util.Objects;

/**
 * One step of a reminder policy. {@link ReminderPolicy} validates the values and names the field
 * of any bad one.
 *
 * @param id the step id, unique within its policy, such as {@code due-plus-7}; never null
 * @param offsetDays days from the due date when the step starts: negative before, 0 on the day,
 *     positive after
 * @param channels the channels in order of preference; never null
 * @param tone how insistent the message reads; never null
 * @param templateId the template to render, such as {@code firm}; never null
 */
public record ReminderStep(
        String id, int offsetDays, List<ContactChannel> channels, Tone tone, String templateId) {

    /**
     * Copies the channels and checks for nulls.
     *
     * @throws NullPointerException if a component or channel is null
     */
    public ReminderStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(templateId, "templateId");
        channels = List.copyOf(channels);
    }
}
