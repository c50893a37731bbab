package io.github.receivables.reminders.plan;

/** The purpose of a planned action. */
public enum ActionPurpose {
    /** A reminder message for a policy step. */
    REMINDER,
    /** A one-time notice with the factor's payment instructions. */
    FACTOR_NOTICE,
    /** A task for a person after the last step or a broken promise. */
    ESCALATION,
    /** A policy step routed to a person because the customer is a key account. */
    KEY_ACCOUNT_TASK
}
