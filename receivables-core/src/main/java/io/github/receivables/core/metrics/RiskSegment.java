package io.github.receivables.core.metrics;

/**
 * A customer's collection risk, derived from its payment behaviour by the rules on
 * {@link RiskThresholds}. Reminders can use it to choose a policy and a tone.
 */
public enum RiskSegment {
    /** Pays on time with short delays. */
    LOW,
    /** Neither low nor high. */
    MEDIUM,
    /** Pays late often or by long delays, or is getting worse from medium. */
    HIGH,
    /** Has an item open long past due, whatever its history. */
    CRITICAL,
    /** Too few settled payments to judge, and nothing critically overdue. */
    UNRATED
}
