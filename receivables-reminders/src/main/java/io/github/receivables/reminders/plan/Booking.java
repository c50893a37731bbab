package io.github.receivables.reminders.plan;

import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.reminders.Reason;
import io.github.receivables.reminders.ReasonCode;
import io.github.receivables.reminders.contact.ContactBudget;
import io.github.receivables.reminders.contact.ContactDecision;
import io.github.receivables.reminders.contact.ContactEvent;
import io.github.receivables.reminders.contact.ContactRules;
import io.github.receivables.reminders.policy.ReminderPolicy;
import io.github.receivables.spi.notification.ChannelKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Books a customer's action groups against the contact budget and turns them into actions. */
final class Booking {

    private final PlanRequest request;
    private final CustomerPlanner.PlanOutput output;
    private final Customer customer;
    private final ReminderPolicy policy;
    private final ContactRules rules;
    private final LocalDate today;
    private final List<ContactEvent> contacts;
    private final String region;

    Booking(PlanRequest request, CustomerPlanner.PlanOutput output, Customer customer,
            ReminderPolicy policy, ContactRules rules, LocalDate today,
            List<ContactEvent> contacts) {
        this.request = request;
        this.output = output;
        this.customer = customer;
        this.policy = policy;
        this.rules = rules;
        this.today = today;
        this.contacts = contacts;
        this.region = request.regions().apply(customer.id());
    }

    void book(ActionGroup group) {
        List<PlannedItem> items = items(group);
        String key = key(group, items);
        if (request.history().containsKey(key)) {
            skip(group, Reason.of(ReasonCode.ALREADY_PLANNED, "the outbox has action " + key
                    + " already"));
            return;
        }

        if (group.kind == ChannelKind.HUMAN_TASK) {
            Instant end = today.plusDays(1).atStartOfDay(customer.zone()).toInstant();
            add(group, items, key, List.of(), request.now(), end);
            return;
        }

        ContactChannel primary = group.channels.get(0);
        ContactDecision decision = ContactBudget.evaluate(rules, customer, region, primary,
                request.now(), contacts);
        if (decision instanceof ContactDecision.Blocked) {
            skip(group, ((ContactDecision.Blocked) decision).reason());
            return;
        }
        ContactDecision.Allowed allowed = (ContactDecision.Allowed) decision;
        if (LocalDate.ofInstant(allowed.at(), customer.zone()).isAfter(today)) {
            defer(group, items, allowed);
            return;
        }

        bookWithFallbacks(group, items, key, allowed);
        contacts.add(new ContactEvent(allowed.at(), primary));
    }

    /**
     * Keeps the fallback channels allowed at the same moment, checked before the primary contact
     * is booked since only one of them will go out. The window ends at the earliest end.
     */
    private void bookWithFallbacks(ActionGroup group, List<PlannedItem> items, String key,
            ContactDecision.Allowed allowed) {
        Instant notAfter = allowed.windowEnd();
        List<ChannelKind> fallbacks = new ArrayList<>();
        for (ContactChannel channel : group.channels.subList(1, group.channels.size())) {
            ContactDecision other = ContactBudget.evaluate(rules, customer, region, channel,
                    allowed.at(), contacts);
            if (other instanceof ContactDecision.Allowed
                    && ((ContactDecision.Allowed) other).at().equals(allowed.at())) {
                fallbacks.add(ChannelKind.of(channel));
                Instant end = ((ContactDecision.Allowed) other).windowEnd();
                notAfter = end.isBefore(notAfter) ? end : notAfter;
            }
        }
        add(group, items, key, fallbacks, allowed.at(), notAfter);
    }

    private void add(ActionGroup group, List<PlannedItem> items, String key,
            List<ChannelKind> fallbacks, Instant sendAt, Instant notAfter) {
        Candidate lead = group.lead;
        output.actions.add(new PlannedAction(key, customer.id(), group.kind, fallbacks,
                policy.id(), lead.stepId, group.purpose, lead.tone, lead.templateId, items,
                today, sendAt, notAfter, group.queue, lead.factor(), reason(group)));
    }

    private Reason reason(ActionGroup group) {
        int count = group.members.size();
        switch (group.purpose) {
            case FACTOR_NOTICE:
                return Reason.of(ReasonCode.FACTOR_NOTICE, count
                        + " item(s) assigned to a factor; policy sends the factor's instructions");
            case ESCALATION:
                return Reason.of(group.lead.stepId.equals(Markers.ESCALATION)
                        ? ReasonCode.ESCALATED : ReasonCode.BROKEN_PROMISE, count
                        + " item(s) go to queue " + group.queue + " (" + group.lead.stepId + ")");
            case KEY_ACCOUNT_TASK:
                return Reason.of(ReasonCode.KEY_ACCOUNT, "step " + group.lead.stepId + " due for "
                        + count + " item(s) of a key account; a person handles it");
            default:
                return Reason.of(ReasonCode.STEP_DUE, "step " + group.lead.stepId + " ("
                        + policy.steps().get(group.lead.severity).offsetDays()
                        + " days from due date) is the latest due among " + count + " item(s)");
        }
    }

    private void defer(ActionGroup group, List<PlannedItem> items,
            ContactDecision.Allowed allowed) {
        List<ItemRef> refs = new ArrayList<>(items.size());
        for (PlannedItem item : items) {
            refs.add(item.ref());
        }
        Reason reason = allowed.findDelay().orElse(Reason.of(ReasonCode.OUTSIDE_HOURS,
                "next allowed time is " + allowed.at()));
        output.deferred.add(new DeferredAction(customer.id(), group.kind, group.lead.stepId,
                refs, allowed.at(), reason));
    }

    private void skip(ActionGroup group, Reason reason) {
        for (Candidate candidate : group.members) {
            output.skipped.add(new SkippedStep(customer.id(), candidate.ref, candidate.stepId,
                    reason));
        }
    }

    private static List<PlannedItem> items(ActionGroup group) {
        List<PlannedItem> items = new ArrayList<>(group.members.size());
        for (Candidate candidate : group.members) {
            String number = candidate.item.instalment() == 0 ? candidate.item.number()
                    : candidate.item.number() + "/" + (candidate.item.instalment() + 1);
            items.add(new PlannedItem(candidate.ref, number, candidate.item.dueDate(),
                    candidate.item.open(), candidate.stepId));
        }
        return items;
    }

    private String key(ActionGroup group, List<PlannedItem> items) {
        ActionKeys keys = ActionKeys.start()
                .add(customer.id().value())
                .add(group.kind.name())
                .add(policy.id())
                .add(group.lead.stepId)
                .add(group.purpose.name())
                .add(items.get(0).open().currency().getCurrencyCode());
        for (PlannedItem item : items) {
            keys.addItem(item.ref(), item.stepId());
        }
        return keys.add(today.toString()).key();
    }
}
