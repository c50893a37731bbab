package io.github.receivables.reminders.policy;

/** The insistence of a reminder's wording; later steps of a policy usually raise it. */
public enum Tone {
    /** A courtesy note before or just after the due date. */
    FRIENDLY,
    /** A clear request to pay an overdue balance. */
    FIRM,
    /** The last automated request before a person takes over. */
    FINAL;

    /**
     * Returns the lower-case name used in template ids and file names.
     *
     * @return {@code friendly}, {@code firm} or {@code final}
     */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
