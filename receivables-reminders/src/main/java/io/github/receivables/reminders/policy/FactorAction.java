package io.github.receivables.reminders.policy;

/** The planner's action for an item assigned to a factoring company. */
public enum FactorAction {
    /** Send nothing: the factor collects. */
    STOP,
    /** Send one notice with the factor's payment instructions, then nothing more. */
    SEND_FACTOR_NOTICE
}
