package io.github.receivables.reminders.plan;

import io.github.receivables.core.party.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The planner's decisions for one moment: the actions to carry out, the steps skipped and the
 * actions deferred, each with its reason. A plan only describes, and nothing is sent until a
 * dispatcher takes its actions. So a plan is also the dry run of "what would be sent, to whom,
 * and why".
 *
 * @param asOf the moment planned for; never null
 * @param actions the actions, by customer id then purpose and channel; never null
 * @param skipped the steps that were due but are skipped; never null
 * @param deferred the actions that are due but not allowed on the planned day; never null
 */
public record Plan(Instant asOf, List<PlannedAction> actions, List<SkippedStep> skipped,
        List<DeferredAction> deferred) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Plan {
        Objects.requireNonNull(asOf, "asOf");
        actions = List.copyOf(actions);
        skipped = List.copyOf(skipped);
        deferred = List.copyOf(deferred);
    }

    /**
     * Returns the actions of one customer.
     *
     * @param customerId the customer; never null
     * @return the actions in plan order; never null
     */
    public List<PlannedAction> actionsFor(CustomerId customerId) {
        List<PlannedAction> found = new ArrayList<>();
        for (PlannedAction action : actions) {
            if (action.customerId().equals(customerId)) {
                found.add(action);
            }
        }
        return found;
    }

    /**
     * Describes the plan in lines for people: one line per action, skipped step and deferred
     * action, naming the customer id, channel, step, items and reason. Contains no personal data
     * beyond customer ids and document numbers.
     *
     * @return the lines; never null
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (PlannedAction action : actions) {
            lines.add("SEND " + action.sendAt() + " " + action.kind() + " to customer "
                    + action.customerId() + ", step " + action.stepId() + " (" + action.tone()
                    + ", template " + action.templateId() + ") for " + numbers(action)
                    + ", total " + action.total() + ": " + action.reason());
        }
        for (DeferredAction deferral : deferred) {
            lines.add("DEFER " + deferral.kind() + " to customer " + deferral.customerId()
                    + ", step " + deferral.stepId() + " for " + deferral.items() + " until "
                    + deferral.nextAllowedAt() + ": " + deferral.reason());
        }
        for (SkippedStep skip : skipped) {
            lines.add("SKIP step " + skip.stepId() + " of " + skip.item() + " for customer "
                    + skip.customerId() + ": " + skip.reason());
        }
        return lines;
    }

    private static List<String> numbers(PlannedAction action) {
        List<String> numbers = new ArrayList<>(action.items().size());
        for (PlannedItem item : action.items()) {
            numbers.add(item.number());
        }
        return numbers;
    }
}
