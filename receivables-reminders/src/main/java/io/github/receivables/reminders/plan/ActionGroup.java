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
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The candidates of one customer that go out as one message: same purpose, template, first
 * channel, currency and queue. Items at steps with different templates go out as separate
 * messages, so a courtesy reminder before the due date does not ride in an overdue notice
 * written with another template. The lead candidate (latest step) gives the tone.
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
        List<ActionGroup> groups = new ArrayList<>(2);
        Map<List<ContactChannel>, List<ContactChannel>> usableByStep = new IdentityHashMap<>(8);
        candidates.sort(Comparator.comparing((Candidate c) -> c.ref));
        for (Candidate candidate : candidates) {
            List<ContactChannel> usable = candidate.isTask() ? List.of()
                    : usableByStep.get(candidate.channels);
            if (usable == null) {
                usable = usableChannels(customer, candidate.channels, optedOut);
                usableByStep.put(candidate.channels, usable);
            }
            if (!candidate.isTask() && usable.isEmpty()) {
                output.skipped.add(new SkippedStep(customer.id(), candidate.ref,
                        candidate.stepId, noChannelReason(customer, candidate.channels,
                                optedOut)));
                continue;
            }
            ChannelKind kind = candidate.isTask() ? ChannelKind.HUMAN_TASK
                    : ChannelKind.of(usable.get(0));
            ActionGroup group = find(groups, candidate, kind);
            if (group == null) {
                group = new ActionGroup(candidate.purpose, kind, new ArrayList<>(usable),
                        candidate.queue);
                groups.add(group);
            }
            group.add(candidate, usable);
        }
        groups.sort(ORDER);
        return groups;
    }

    /**
     * Orders groups by purpose, channel, currency, the lead step's severity (latest step first,
     * so an overdue notice takes the day's contact before a courtesy reminder), queue and factor.
     */
    private static final Comparator<ActionGroup> ORDER = Comparator
            .comparing((ActionGroup g) -> g.purpose)
            .thenComparing(g -> g.kind)
            .thenComparing(ActionGroup::currency)
            .thenComparing(g -> -g.lead.severity)
            .thenComparing(g -> g.queue == null ? "" : g.queue)
            .thenComparing(ActionGroup::factorName);

    private static ActionGroup find(List<ActionGroup> groups, Candidate candidate,
            ChannelKind kind) {
        for (ActionGroup group : groups) {
            Candidate first = group.members.get(0);
            if (group.purpose == candidate.purpose && group.kind == kind
                    && Objects.equals(first.templateId, candidate.templateId)
                    && first.item.open().currency().equals(candidate.item.open().currency())
                    && Objects.equals(group.queue, candidate.queue)
                    && Objects.equals(factorOf(first), factorOf(candidate))) {
                return group;
            }
        }
        return null;
    }

    private static String factorOf(Candidate candidate) {
        return candidate.factor() == null ? "" : candidate.factor().factor();
    }

    private String currency() {
        return members.get(0).item.open().currency().getCurrencyCode();
    }

    private String factorName() {
        return factorOf(members.get(0));
    }

    private void add(Candidate candidate, List<ContactChannel> usable) {
        members.add(candidate);
        if (lead == null || candidate.severity > lead.severity) {
            lead = candidate;
            if (!candidate.isTask()) {
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
