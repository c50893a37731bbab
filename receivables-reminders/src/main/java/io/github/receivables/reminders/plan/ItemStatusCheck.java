package io.github.receivables.reminders.plan;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DisputeReason;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.reminders.Reason;
import io.github.receivables.reminders.ReasonCode;
import io.github.receivables.reminders.policy.BrokenPromiseAction;
import io.github.receivables.reminders.policy.ReminderPolicy;
import java.time.LocalDate;

/** Decides whether an item's collection status excludes it from policy steps. */
final class ItemStatusCheck {

    private ItemStatusCheck() {}

    /** Returns why the item gets no policy step on the day, or null when it may get one. */
    static Reason exclusion(OpenItem item, ReminderPolicy policy, LocalDate today) {
        if (!item.isOpen()) {
            return Reason.of(ReasonCode.PAID, "nothing is open on " + item.number());
        }
        CollectionStatus status = item.status();
        if (status instanceof CollectionStatus.Disputed) {
            CollectionStatus.Disputed disputed = (CollectionStatus.Disputed) status;
            if (disputed.reason() == DisputeReason.TAX_AUTHORITY_CLAIM) {
                return Reason.of(ReasonCode.TAX_AUTHORITY_CLAIM, "claimed at the tax authority"
                        + " since " + disputed.since());
            }
            return Reason.of(ReasonCode.DISPUTED, "disputed since " + disputed.since());
        }
        if (status instanceof CollectionStatus.OnHold) {
            CollectionStatus.OnHold hold = (CollectionStatus.OnHold) status;
            if (hold.until() == null || !today.isAfter(hold.until())) {
                return Reason.of(ReasonCode.ON_HOLD, "on hold since " + hold.since()
                        + (hold.until() == null ? " until released" : " until " + hold.until()));
            }
            return null;
        }
        if (status instanceof CollectionStatus.Promised) {
            return promise((CollectionStatus.Promised) status, policy, today);
        }
        if (status instanceof CollectionStatus.AssignedToFactor) {
            CollectionStatus.AssignedToFactor assigned = (CollectionStatus.AssignedToFactor) status;
            return Reason.of(ReasonCode.ASSIGNED_TO_FACTOR, "assigned to a factor since "
                    + assigned.since());
        }
        if (status instanceof CollectionStatus.WrittenOff) {
            return Reason.of(ReasonCode.WRITTEN_OFF, "written off on "
                    + ((CollectionStatus.WrittenOff) status).on());
        }
        return null;
    }

    private static Reason promise(CollectionStatus.Promised promise, ReminderPolicy policy,
            LocalDate today) {
        if (!today.isAfter(promise.dueBy())) {
            return Reason.of(ReasonCode.PROMISED, "promised to pay by " + promise.dueBy());
        }
        if (policy.exclusions().brokenPromise() == BrokenPromiseAction.ESCALATE) {
            return Reason.of(ReasonCode.BROKEN_PROMISE, "promise of " + promise.dueBy()
                    + " broken; policy hands it to a person instead of resuming");
        }
        return null;
    }

    /** Returns the broken promise the policy escalates, or null. */
    static CollectionStatus.Promised brokenPromiseToEscalate(OpenItem item, ReminderPolicy policy,
            LocalDate today) {
        if (item.isOpen() && item.status() instanceof CollectionStatus.Promised
                && policy.exclusions().brokenPromise() == BrokenPromiseAction.ESCALATE) {
            CollectionStatus.Promised promise = (CollectionStatus.Promised) item.status();
            return today.isAfter(promise.dueBy()) ? promise : null;
        }
        return null;
    }
}
