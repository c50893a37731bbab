package io.github.receivables.reminders;

/**
 * The reason the planner skipped, deferred or planned a step. Each code comes
 * with a detail text in {@link Reason}.
 */
public enum ReasonCode {
    /** The item has nothing left open. */
    PAID,
    /** The customer disputes the item. */
    DISPUTED,
    /** The buyer claimed the document at the tax authority. */
    TAX_AUTHORITY_CLAIM,
    /** The creditor put the item on hold. */
    ON_HOLD,
    /** The customer promised to pay and the promise date has not passed. */
    PROMISED,
    /** A promise passed its date with the item open and the policy escalates it to a person. */
    BROKEN_PROMISE,
    /** The item was assigned to a factoring company. */
    ASSIGNED_TO_FACTOR,
    /** The item was written off. */
    WRITTEN_OFF,
    /** The customer's due balance in the item's currency is below the policy's minimum. */
    BELOW_MINIMUM,
    /** The contact opted out of every channel of the step, or replied asking to stop. */
    OPTED_OUT,
    /** The customer has no usable address on any channel of the step. */
    NO_USABLE_CONTACT,
    /** The debtor is sued or insolvent and the contact rules forbid any contact. */
    LEGAL_STATUS,
    /** The current time is outside the allowed contact hours. */
    OUTSIDE_HOURS,
    /** Contact is not allowed on this day of the week. */
    DAY_NOT_ALLOWED,
    /** The day is a holiday in the debtor's calendar. */
    HOLIDAY,
    /** A cap on contacts per week or month is reached. */
    CAP_REACHED,
    /** Too little time has passed since the previous contact. */
    MIN_GAP,
    /** A step was reached and a message is planned. */
    STEP_DUE,
    /** The last step was carried out and the case goes to a person. */
    ESCALATED,
    /** The policy routes key accounts to a person. */
    KEY_ACCOUNT,
    /** A notice with the factor's payment instructions is due. */
    FACTOR_NOTICE,
    /** An outbox record with the action's key exists already, so planning it again adds nothing. */
    ALREADY_PLANNED,
    /** The policy or a template referenced by it cannot be used; a configuration error. */
    CONFIGURATION
}
