package io.github.receivables.reminders.plan;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.Reason;
import io.github.receivables.reminders.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans reminders: a pure function of open items, customers, reminder history, policies, contact
 * rules and the current moment. It reads no clock, writes nothing and sends nothing, so the same
 * request always gives the same plan with the same idempotency keys.
 *
 * <p>For each customer it chooses the policy, finds per item the step due today in the debtor's
 * zone, drops items that are paid, disputed, claimed, on hold, promised, assigned to a factor,
 * written off or below the minimum balance (each with a reason), groups what remains into one
 * action per channel, currency and purpose, and books each action against the debtor's contact
 * budget. An action allowed later the same day gets that send time. An action not allowed until
 * a later day is listed as deferred, and a later run plans it again. Actions whose key the
 * history already contains are not planned again, so running twice over the same history adds
 * nothing. Thread-safe: it keeps no state.
 */
public final class ReminderPlanner {

    private ReminderPlanner() {}

    /**
     * Plans reminders.
     *
     * @param request the inputs; never null
     * @return the plan; never null
     */
    public static Plan plan(PlanRequest request) {
        Objects.requireNonNull(request, "request");
        CustomerPlanner.PlanOutput output = new CustomerPlanner.PlanOutput();
        Map<CustomerId, List<OpenItem>> byCustomer = new HashMap<>();
        for (OpenItem item : request.items()) {
            byCustomer.computeIfAbsent(item.customerId(), id -> new ArrayList<>(8)).add(item);
        }
        List<CustomerId> ids = new ArrayList<>(byCustomer.keySet());
        ids.sort(null);
        CustomerPlanner planner = new CustomerPlanner(request, output);
        for (CustomerId id : ids) {
            Customer customer = request.customers().get(id);
            if (customer == null) {
                skipUnknown(id, byCustomer.get(id), output);
                continue;
            }
            planner.plan(customer, byCustomer.get(id));
        }
        return new Plan(request.now(), output.actions, output.skipped, output.deferred);
    }

    /**
     * Plans as if it were a given time of a given day, to see what would be sent then, to whom
     * and why, without sending anything.
     *
     * @param request the inputs; its own moment is ignored; never null
     * @param date the day; never null
     * @param time the time of day; never null
     * @param zone the zone of that day and time; never null
     * @return the plan for that moment; never null
     */
    public static Plan dryRun(PlanRequest request, LocalDate date, LocalTime time, ZoneId zone) {
        Instant moment = date.atTime(time).atZone(zone).toInstant();
        return plan(request.at(moment));
    }

    private static void skipUnknown(CustomerId id, List<OpenItem> items,
            CustomerPlanner.PlanOutput output) {
        for (OpenItem item : items) {
            output.skipped.add(new SkippedStep(id, ItemRef.of(item), "(any)",
                    Reason.of(ReasonCode.CONFIGURATION, "customer " + id
                            + " is not among the customers given to the planner")));
        }
    }
}
