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
        for (int i = lastDone + 1; i < steps.size(); i++) {
            LocalDate eligible = eligibleDate(steps, i, dueDate, lastDone, lastDate);
            if (today.isBefore(eligible)) {
                return NONE;
            }
            boolean courtesy = steps.get(i).offsetDays() <= 0;
            if (courtesy && i + 1 < steps.size()
                    && !today.isBefore(dueDate.plusDays(steps.get(i + 1).offsetDays()))) {
                continue;
            }
            return i;
        }
        return escalationDue(policy, done, lastDone, lastDate, today) ? ESCALATE : NONE;
    }

    private static LocalDate eligibleDate(List<ReminderStep> steps, int i, LocalDate dueDate,
            int lastDone, LocalDate lastDate) {
        LocalDate nominal = dueDate.plusDays(steps.get(i).offsetDays());
        if (lastDone == NONE) {
            return nominal;
        }
        int gap = steps.get(i).offsetDays() - steps.get(lastDone).offsetDays();
        LocalDate paced = lastDate.plusDays(gap);
        return paced.isAfter(nominal) ? paced : nominal;
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
