package io.github.receivables.reminders.contact;

import io.github.receivables.core.party.ContactChannel;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A limit on how many contacts on some channels a debtor may receive per period, counted across
 * those channels together, and how many days apart they must be.
 *
 * @param channels the channels counted together; never empty
 * @param max the most contacts per period, at least 1
 * @param period the period; never null
 * @param minDaysApart the least difference in calendar days between two contacts counted by this
 *     cap, in the debtor's zone; 0 for none, 2 for Monday then Wednesday at the earliest
 */
public record ContactCap(Set<ContactChannel> channels, int max, CapPeriod period,
        int minDaysApart) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if channels is empty, max below 1 or minDaysApart negative
     */
    public ContactCap {
        Objects.requireNonNull(period, "period");
        channels = Set.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("contact cap needs at least one channel");
        }
        if (max < 1) {
            throw new IllegalArgumentException("contact cap max must be at least 1, got " + max);
        }
        if (minDaysApart < 0) {
            throw new IllegalArgumentException("contact cap minDaysApart must not be negative,"
                    + " got " + minDaysApart);
        }
    }

    /**
     * Returns the written channels: email, SMS, WhatsApp, letter and portal.
     *
     * @return the channels; never null
     */
    public static Set<ContactChannel> written() {
        EnumSet<ContactChannel> set = EnumSet.noneOf(ContactChannel.class);
        for (ContactChannel channel : ContactChannel.values()) {
            if (channel.isWritten()) {
                set.add(channel);
            }
        }
        return set;
    }

    /**
     * Returns the spoken or in-person channels: calls and visits.
     *
     * @return the channels; never null
     */
    public static Set<ContactChannel> callsAndVisits() {
        return EnumSet.of(ContactChannel.CALL, ContactChannel.VISIT);
    }
}
