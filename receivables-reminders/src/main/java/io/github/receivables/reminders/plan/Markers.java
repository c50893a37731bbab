package io.github.receivables.reminders.plan;

import java.time.LocalDate;

/** Step ids of special actions, recorded in history like policy steps. */
public final class Markers {

    /** The one-time factor notice of an item. */
    public static final String FACTOR_NOTICE = "factor-notice";

    /** The hand-over to a person after the last step. */
    public static final String ESCALATION = "escalation";

    /** The prefix of the hand-over after a broken promise, followed by the promise date. */
    public static final String BROKEN_PROMISE_PREFIX = "broken-promise-";

    private Markers() {}

    /**
     * Returns the marker of a broken promise escalation.
     *
     * @param dueBy the promise date
     * @return such as {@code broken-promise-2025-06-30}
     */
    public static String brokenPromise(LocalDate dueBy) {
        return BROKEN_PROMISE_PREFIX + dueBy;
    }

    /**
     * Tells whether a step id is reserved for a special action.
     *
     * @param stepId the step id
     * @return true for the factor notice, escalation and broken promise markers
     */
    public static boolean isReserved(String stepId) {
        return FACTOR_NOTICE.equals(stepId) || ESCALATION.equals(stepId)
                || stepId != null && stepId.startsWith(BROKEN_PROMISE_PREFIX);
    }
}
