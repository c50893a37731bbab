package io.github.receivables.core.party;

/** What a contact has agreed to for one channel. */
public enum Consent {
    /** The contact explicitly opted in (required for WhatsApp). */
    OPTED_IN,
    /** Nothing recorded; the channel may be used where the law allows contact without opt-in. */
    NOT_RECORDED,
    /** The contact opted out; the channel must not be used. */
    OPTED_OUT
}
