package io.github.receivables.reminders.policy;

/** What the planner does with an item assigned to a factoring company. */
public enum FactorAction {
    /** Send nothing: the factor collects. */
    STOP,
    /** Send one notice with the factor's payment instructions, then nothing more. */
    SEND_FACTOR_NOTICE
}
