package io.github.receivables.reminders.plan;

import io.github.receivables.reminders.policy.Escalation;
import io.github.receivables.reminders.policy.ReminderPolicy;
import io.github.receivables.reminders.policy.ReminderStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Decides which step of a policy is due for one item, from the item's due date and the steps
 * already carried out for it.
 *
 * <p>Steps go in order, one at a time: the step after the last one carried out is due on its
 * nominal date (due date plus offset) or, when the previous step went out late, the previous
 * step's date plus the nominal gap between the two, whichever is later. Courtesy steps (offset
 * zero or less) are passed over once the next step's nominal date has come, because a courtesy
 * note makes no sense after the item is overdue for the next step. Overdue steps are never
 * passed over.
 */
final class ItemSteps {

    /** No step is due. */
    static final int NONE = -1;
    /** The escalation after the last step is due. */
    static final int ESCALATE = -2;

    private ItemSteps() {}

    /**
     * Returns the index of the step due on a day, {@link #NONE}, or {@link #ESCALATE}.
     *
     * @param policy the policy
     * @param dueDate the item's due date
     * @param done the steps done for the item, with their planned days
     * @param today the day in the debtor's zone
     */
    static int dueStep(ReminderPolicy policy, LocalDate dueDate, Map<String, LocalDate> done,
            LocalDate today) {
        List<ReminderStep> steps = policy.steps();
        int lastDone = NONE;
        LocalDate lastDate = null;
        if (!done.isEmpty()) {
            for (int i = steps.size() - 1; i >= 0; i--) {
                LocalDate date = done.get(steps.get(i).id());
                if (date != null) {
                    lastDone = i;
                    lastDate = date;
                    break;
                }
            }
        }
        // Epoch days rather than LocalDate arithmetic: this runs once per open item.
        long due = dueDate.toEpochDay();
        long now = today.toEpochDay();
        long last = lastDate == null ? 0 : lastDate.toEpochDay();
        for (int i = lastDone + 1; i < steps.size(); i++) {
            int offset = steps.get(i).offsetDays();
            long eligible = due + offset;
            if (lastDone != NONE) {
                eligible = Math.max(eligible, last + offset - steps.get(lastDone).offsetDays());
            }
            if (now < eligible) {
                return NONE;
            }
            boolean courtesy = offset <= 0;
            if (courtesy && i + 1 < steps.size() && now >= due + steps.get(i + 1).offsetDays()) {
                continue;
            }
            return i;
        }
        return escalationDue(policy, done, lastDone, lastDate, today) ? ESCALATE : NONE;
    }

    private static boolean escalationDue(ReminderPolicy policy, Map<String, LocalDate> done,
            int lastDone, LocalDate lastDate, LocalDate today) {
        Escalation escalation = policy.escalation();
        if (escalation == null || lastDone != policy.steps().size() - 1
                || done.containsKey(Markers.ESCALATION)) {
            return false;
        }
        return !today.isBefore(lastDate.plusDays(escalation.daysAfterLastStep()));
    }
}
