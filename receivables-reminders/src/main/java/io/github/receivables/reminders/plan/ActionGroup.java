package io.github.receivables.reminders.plan;

import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.ContactPoint;
import io.github.receivables.core.party.Customer;
import io.github.receivables.reminders.Reason;
import io.github.receivables.reminders.ReasonCode;
import io.github.receivables.spi.notification.ChannelKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The candidates of one customer that go out as one message: same purpose, first channel,
 * currency and queue. The lead candidate (latest step) gives the template and tone.
 */
final class ActionGroup {

    final ActionPurpose purpose;
    final ChannelKind kind;
    final List<ContactChannel> channels;
    final String queue;
    final List<Candidate> members = new ArrayList<>();
    Candidate lead;

    private ActionGroup(ActionPurpose purpose, ChannelKind kind, List<ContactChannel> channels,
            String queue) {
        this.purpose = purpose;
        this.kind = kind;
        this.channels = channels;
        this.queue = queue;
    }

    /** Resolves each candidate's channels and groups them, in a deterministic order. */
    static List<ActionGroup> group(Customer customer, List<Candidate> candidates,
            Set<ContactChannel> optedOut, CustomerPlanner.PlanOutput output) {
        TreeMap<GroupKey, ActionGroup> groups = new TreeMap<>();
        candidates.sort(Comparator.comparing((Candidate c) -> c.ref));
        for (Candidate candidate : candidates) {
            List<ContactChannel> usable = candidate.isTask() ? List.of()
                    : usableChannels(customer, candidate.channels, optedOut);
            if (!candidate.isTask() && usable.isEmpty()) {
                output.skipped.add(new SkippedStep(customer.id(), candidate.ref,
                        candidate.stepId, noChannelReason(customer, candidate.channels,
                                optedOut)));
                continue;
            }
            ChannelKind kind = candidate.isTask() ? ChannelKind.HUMAN_TASK
                    : ChannelKind.of(usable.get(0));
            GroupKey key = new GroupKey(candidate.purpose, kind,
                    candidate.item.open().currency().getCurrencyCode(),
                    candidate.queue == null ? "" : candidate.queue,
                    candidate.factor() == null ? "" : candidate.factor().factor());
            ActionGroup group = groups.computeIfAbsent(key,
                    k -> new ActionGroup(candidate.purpose, kind, usable, candidate.queue));
            group.add(customer, candidate, optedOut);
        }
        return new ArrayList<>(groups.values());
    }

    /** Orders groups by purpose, channel, currency, queue and factor. */
    private record GroupKey(ActionPurpose purpose, ChannelKind kind, String currency, String queue,
            String factor) implements Comparable<GroupKey> {
        @Override
        public int compareTo(GroupKey other) {
            int order = purpose.compareTo(other.purpose);
            order = order != 0 ? order : kind.compareTo(other.kind);
            order = order != 0 ? order : currency.compareTo(other.currency);
            order = order != 0 ? order : queue.compareTo(other.queue);
            return order != 0 ? order : factor.compareTo(other.factor);
        }
    }

    private void add(Customer customer, Candidate candidate, Set<ContactChannel> optedOut) {
        members.add(candidate);
        if (lead == null || candidate.severity > lead.severity) {
            lead = candidate;
            if (!candidate.isTask()) {
                List<ContactChannel> usable = usableChannels(customer, candidate.channels,
                        optedOut);
                channels.clear();
                channels.addAll(usable);
            }
        }
    }

    private static List<ContactChannel> usableChannels(Customer customer,
            List<ContactChannel> wanted, Set<ContactChannel> optedOut) {
        List<ContactChannel> usable = new ArrayList<>(wanted.size());
        for (ContactChannel channel : wanted) {
            if (!optedOut.contains(channel) && hasUsable(customer, channel)) {
                usable.add(channel);
            }
        }
        return usable;
    }

    private static boolean hasUsable(Customer customer, ContactChannel channel) {
        for (ContactPoint contact : customer.contacts()) {
            if (contact.channel() == channel && contact.isUsable()) {
                return true;
            }
        }
        return false;
    }

    private static Reason noChannelReason(Customer customer, List<ContactChannel> wanted,
            Set<ContactChannel> optedOut) {
        for (ContactChannel channel : wanted) {
            if (optedOut.contains(channel)) {
                return Reason.of(ReasonCode.OPTED_OUT, "customer replied to stop " + channel
                        + " and no other channel of the step is usable");
            }
            for (ContactPoint contact : customer.contacts()) {
                if (contact.channel() == channel && contact.consent() == Consent.OPTED_OUT) {
                    return Reason.of(ReasonCode.OPTED_OUT, "contact opted out of " + channel
                            + " and no other channel of the step is usable");
                }
            }
        }
        return Reason.of(ReasonCode.NO_USABLE_CONTACT, "no usable contact on " + wanted
                + " (WhatsApp needs OPTED_IN consent)");
    }
}
