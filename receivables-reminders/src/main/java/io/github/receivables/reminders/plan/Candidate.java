package io.github.receivables.reminders.plan;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.reminders.policy.Tone;
import java.util.List;

/** One item with an action due for it, before channels, grouping and contact rules. */
final class Candidate {
    final OpenItem item;
    final ItemRef ref;
    final ActionPurpose purpose;
    final int severity;
    final String stepId;
    final Tone tone;
    final String templateId;
    final List<ContactChannel> channels;
    final String queue;

    Candidate(OpenItem item, ItemRef ref, ActionPurpose purpose, int severity, String stepId,
            Tone tone, String templateId, List<ContactChannel> channels, String queue) {
        this.item = item;
        this.ref = ref;
        this.purpose = purpose;
        this.severity = severity;
        this.stepId = stepId;
        this.tone = tone;
        this.templateId = templateId;
        this.channels = channels;
        this.queue = queue;
    }

    CollectionStatus.AssignedToFactor factor() {
        return item.status() instanceof CollectionStatus.AssignedToFactor
                && purpose == ActionPurpose.FACTOR_NOTICE
                ? (CollectionStatus.AssignedToFactor) item.status() : null;
    }

    boolean isTask() {
        return queue != null;
    }
}
