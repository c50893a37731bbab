package io.github.receivables.core.ledger;

/**
 * The overall state of a receivable as of a day, combining its settlement with its collection
 * status. {@link Ledger#itemState} derives it; the rules, first match wins:
 *
 * <ol>
 *   <li>{@link #WRITTEN_OFF} when the collection status is written off as of the day;
 *   <li>{@link #PAID} when nothing is open;
 *   <li>{@link #DISPUTED}, {@link #ON_HOLD}, {@link #PROMISED} or {@link #ASSIGNED_TO_FACTOR}
 *       while that collection status applies on the day (a promise applies up to its last day);
 *   <li>{@link #PARTLY_PAID} or {@link #OPEN} by the settlement.
 * </ol>
 */
public enum ItemState {
    /** Due or not yet due, nothing settled. */
    OPEN,
    /** Part settled, the rest open. */
    PARTLY_PAID,
    /** Fully settled by payments or credit notes. */
    PAID,
    /** Disputed by the customer, including a buyer's claim at the tax authority. */
    DISPUTED,
    /** Collection paused by the seller. */
    ON_HOLD,
    /** The customer promised to pay and the promise's last day has not passed. */
    PROMISED,
    /** Assigned to a factoring company, which collects it. */
    ASSIGNED_TO_FACTOR,
    /** Written off as uncollectible. */
    WRITTEN_OFF
}
