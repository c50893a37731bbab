package io.github.receivables.core.ledger;

import io.github.receivables.core.document.CollectionStatus;
import java.time.LocalDate;

/** Derives {@link ItemState} and {@link SettlementStatus} by the rules on {@link ItemState}. */
final class ItemStates {

    private ItemStates() {}

    static ItemState of(DocumentEntry entry, LocalDate asOf) {
        CollectionStatus status = entry.document.status();
        if (status instanceof CollectionStatus.WrittenOff writtenOff
                && !writtenOff.on().isAfter(asOf)) {
            return ItemState.WRITTEN_OFF;
        }
        long open = Balances.open(entry, asOf);
        if (open == 0) {
            return ItemState.PAID;
        }
        ItemState held = held(status, asOf);
        if (held != null) {
            return held;
        }
        return open < entry.document.total().minorUnits() ? ItemState.PARTLY_PAID : ItemState.OPEN;
    }

    /** Returns the state a collection status imposes on the day, or null when none applies. */
    private static ItemState held(CollectionStatus status, LocalDate asOf) {
        if (status instanceof CollectionStatus.Disputed disputed) {
            return disputed.since().isAfter(asOf) ? null : ItemState.DISPUTED;
        }
        if (status instanceof CollectionStatus.OnHold hold) {
            boolean started = !hold.since().isAfter(asOf);
            boolean ended = hold.until() != null && hold.until().isBefore(asOf);
            return started && !ended ? ItemState.ON_HOLD : null;
        }
        if (status instanceof CollectionStatus.Promised promised) {
            boolean running = !promised.madeOn().isAfter(asOf) && !asOf.isAfter(promised.dueBy());
            return running ? ItemState.PROMISED : null;
        }
        if (status instanceof CollectionStatus.AssignedToFactor factored) {
            return factored.since().isAfter(asOf) ? null : ItemState.ASSIGNED_TO_FACTOR;
        }
        return null;
    }

    static SettlementStatus settlement(DocumentEntry entry, LocalDate asOf) {
        long open = Balances.open(entry, asOf);
        if (open == 0) {
            return SettlementStatus.PAID;
        }
        return open < entry.document.total().minorUnits()
                ? SettlementStatus.PARTLY_PAID : SettlementStatus.OPEN;
    }
}
