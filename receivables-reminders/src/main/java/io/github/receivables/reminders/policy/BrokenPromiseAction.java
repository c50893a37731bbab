package io.github.receivables.reminders.policy;

/** The planner's action once a promise to pay passes its date with the item still open. */
public enum BrokenPromiseAction {
    /** Continue the policy at the step after the last one carried out for the item. */
    RESUME,
    /** Create a task for a person, once per broken promise, and send nothing automated. */
    ESCALATE
}
