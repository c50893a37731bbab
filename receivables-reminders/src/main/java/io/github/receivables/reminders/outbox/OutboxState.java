package io.github.receivables.reminders.outbox;

/** The state of an outbox record. */
public enum OutboxState {
    /** Written and not yet sent, or waiting for a retry. */
    PENDING(false, true, true),
    /** Claimed by a dispatcher until its lease ends; the send may be under way. */
    IN_FLIGHT(false, true, true),
    /** A channel accepted it. */
    SENT(true, true, true),
    /**
     * Retries ended with the channel unable to tell whether it accepted the notification. It is
     * counted as a contact, because it may have reached the debtor.
     */
    UNCONFIRMED(true, true, true),
    /** Every channel failed permanently; nothing reached the debtor. */
    FAILED(true, false, true),
    /** The contact window closed before it could be sent; the planner may plan it again. */
    EXPIRED(true, false, false),
    /** The host cancelled it before it was sent; the planner may plan it again. */
    CANCELLED(true, false, false);

    private final boolean terminal;
    private final boolean contact;
    private final boolean stepDone;

    OutboxState(boolean terminal, boolean contact, boolean stepDone) {
        this.terminal = terminal;
        this.contact = contact;
        this.stepDone = stepDone;
    }

    /**
     * Tells whether the record will not change any more (except for delivery receipts).
     *
     * @return true for sent, unconfirmed, failed, expired and cancelled
     */
    public boolean isTerminal() {
        return terminal;
    }

    /**
     * Tells whether contact rules count the record as a contact with the debtor (made or
     * scheduled).
     *
     * @return true for pending, in flight, sent and unconfirmed
     */
    public boolean countsAsContact() {
        return contact;
    }

    /**
     * Tells whether the planner treats the record's steps as carried out for its items.
     *
     * @return false only for expired and cancelled records
     */
    public boolean countsAsStepDone() {
        return stepDone;
    }
}
