package io.github.receivables.reminders.plan;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.reminders.Reason;
import io.github.receivables.reminders.ReasonCode;
import io.github.receivables.reminders.contact.ContactEvent;
import io.github.receivables.reminders.contact.ContactRules;
import io.github.receivables.reminders.policy.Escalation;
import io.github.receivables.reminders.policy.FactorAction;
import io.github.receivables.reminders.policy.ReminderPolicy;
import io.github.receivables.reminders.policy.ReminderStep;
import io.github.receivables.reminders.policy.Tone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans one customer: finds due steps per item, applies exclusions, then groups and books. */
final class CustomerPlanner {

    private static final String DEFAULT_QUEUE = "collections";
    private static final String KEY_ACCOUNT_QUEUE = "key-accounts";

    private final PlanRequest request;
    private final PlanOutput output;

    CustomerPlanner(PlanRequest request, PlanOutput output) {
        this.request = request;
        this.output = output;
    }

    void plan(Customer customer, List<OpenItem> items) {
        ReminderPolicy policy = request.policies().select(customer,
                request.riskSegments().apply(customer.id()));
        ZoneId zone = customer.zone();
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        List<Candidate> candidates = new ArrayList<>();
        Map<Currency, long[]> eligible = new HashMap<>(2);
        for (OpenItem item : items) {
            collect(customer, policy, item, today, candidates, eligible);
        }
        if (candidates.isEmpty()) {
            return;
        }
        candidates = applyMinimum(customer, policy, candidates, eligible);
        ContactRules rules = request.contactRules().rulesFor(customer.regime());
        if (rules.noContactStatuses().contains(customer.legalStatus())) {
            skipAll(customer, candidates, Reason.of(ReasonCode.LEGAL_STATUS, "debtor is "
                    + customer.legalStatus() + " and rules " + rules.id()
                    + " forbid any contact"));
            return;
        }
        List<ActionGroup> groups = ActionGroup.group(customer, candidates,
                request.history().optOuts(customer.id()), output);
        List<ContactEvent> contacts = new ArrayList<>(request.history().contacts(customer.id()));
        Booking booking = new Booking(request, output, customer, policy, rules, today, contacts);
        for (ActionGroup group : groups) {
            booking.book(group);
        }
    }

    private void collect(Customer customer, ReminderPolicy policy, OpenItem item,
            LocalDate today, List<Candidate> candidates, Map<Currency, long[]> eligible) {
        ItemRef ref = ItemRef.of(item);
        Map<String, LocalDate> done = request.history().stepsDone(ref);
        special(policy, item, ref, done, today, candidates);
        Reason excluded = ItemStatusCheck.exclusion(item, policy, today);
        if (excluded == null) {
            long[] total = eligible.computeIfAbsent(item.open().currency(), c -> new long[1]);
            total[0] = Math.addExact(total[0], item.open().minorUnits());
        }
        int step = ItemSteps.dueStep(policy, item.dueDate(), done, today);
        if (step == ItemSteps.NONE) {
            return;
        }
        Candidate candidate = step == ItemSteps.ESCALATE ? escalation(policy, item, ref)
                : stepCandidate(policy, item, ref, step);
        if (excluded != null) {
            output.skipped.add(new SkippedStep(customer.id(), ref, candidate.stepId, excluded));
            return;
        }
        candidates.add(candidate);
    }

    private void special(ReminderPolicy policy, OpenItem item, ItemRef ref,
            Map<String, LocalDate> done, LocalDate today, List<Candidate> candidates) {
        if (item.isOpen() && item.status() instanceof CollectionStatus.AssignedToFactor
                && policy.exclusions().factor() == FactorAction.SEND_FACTOR_NOTICE
                && !done.containsKey(Markers.FACTOR_NOTICE)) {
            candidates.add(new Candidate(item, ref, ActionPurpose.FACTOR_NOTICE, 0,
                    Markers.FACTOR_NOTICE, Tone.FRIENDLY, policy.exclusions().factorTemplateId(),
                    policy.steps().get(0).channels(), null));
        }
        CollectionStatus.Promised broken =
                ItemStatusCheck.brokenPromiseToEscalate(item, policy, today);
        if (broken != null && !done.containsKey(Markers.brokenPromise(broken.dueBy()))) {
            Optional<Escalation> escalation = policy.findEscalation();
            candidates.add(new Candidate(item, ref, ActionPurpose.ESCALATION,
                    Integer.MAX_VALUE, Markers.brokenPromise(broken.dueBy()), Tone.FINAL,
                    escalation.map(Escalation::templateId).orElse(Markers.ESCALATION),
                    List.of(), escalation.map(Escalation::queue).orElse(DEFAULT_QUEUE)));
        }
    }

    private static Candidate stepCandidate(ReminderPolicy policy, OpenItem item, ItemRef ref,
            int index) {
        ReminderStep step = policy.steps().get(index);
        if (policy.keyAccount()) {
            String queue = policy.findEscalation().map(Escalation::queue)
                    .orElse(KEY_ACCOUNT_QUEUE);
            return new Candidate(item, ref, ActionPurpose.KEY_ACCOUNT_TASK, index, step.id(),
                    step.tone(), step.templateId(), List.of(), queue);
        }
        return new Candidate(item, ref, ActionPurpose.REMINDER, index, step.id(), step.tone(),
                step.templateId(), step.channels(), null);
    }

    private static Candidate escalation(ReminderPolicy policy, OpenItem item, ItemRef ref) {
        Escalation escalation = policy.escalation();
        return new Candidate(item, ref, ActionPurpose.ESCALATION, policy.steps().size(),
                Markers.ESCALATION, Tone.FINAL, escalation.templateId(), List.of(),
                escalation.queue());
    }

    private List<Candidate> applyMinimum(Customer customer, ReminderPolicy policy,
            List<Candidate> candidates, Map<Currency, long[]> eligible) {
        List<Candidate> kept = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Currency currency = candidate.item.open().currency();
            Optional<Money> minimum = policy.exclusions().findMinimum(currency);
            long[] total = eligible.get(currency);
            Money balance = Money.ofMinor(total == null ? 0 : total[0], currency);
            if (candidate.purpose != ActionPurpose.FACTOR_NOTICE && minimum.isPresent()
                    && balance.isLessThan(minimum.get())) {
                output.skipped.add(new SkippedStep(customer.id(), candidate.ref,
                        candidate.stepId, Reason.of(ReasonCode.BELOW_MINIMUM, "due balance "
                                + balance + " is below the policy minimum " + minimum.get())));
            } else {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private void skipAll(Customer customer, List<Candidate> candidates, Reason reason) {
        for (Candidate candidate : candidates) {
            output.skipped.add(new SkippedStep(customer.id(), candidate.ref, candidate.stepId,
                    reason));
        }
    }

    /** The lists a plan collects, shared by all customers of one run. */
    static final class PlanOutput {
        final List<PlannedAction> actions = new ArrayList<>();
        final List<SkippedStep> skipped = new ArrayList<>();
        final List<DeferredAction> deferred = new ArrayList<>();
    }
}
