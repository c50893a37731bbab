package io.github.receivables.spi.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.spi.event.DomainEvent;
import io.github.receivables.spi.store.DispatchOutcome;

/**
 * Jackson annotations for core and SPI types, attached as mix-ins so the types themselves stay
 * free of Jackson. Each sealed type is written with a {@code "type"} field naming its variant.
 */
final class TypeMixins {

    private TypeMixins() {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = CollectionStatus.Active.class, name = "active"),
        @JsonSubTypes.Type(value = CollectionStatus.Disputed.class, name = "disputed"),
        @JsonSubTypes.Type(value = CollectionStatus.OnHold.class, name = "onHold"),
        @JsonSubTypes.Type(value = CollectionStatus.Promised.class, name = "promised"),
        @JsonSubTypes.Type(value = CollectionStatus.AssignedToFactor.class,
                name = "assignedToFactor"),
        @JsonSubTypes.Type(value = CollectionStatus.WrittenOff.class, name = "writtenOff")
    })
    interface CollectionStatusMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = AllocationSource.FromPayment.class, name = "payment"),
        @JsonSubTypes.Type(value = AllocationSource.FromCreditNote.class, name = "creditNote")
    })
    interface AllocationSourceMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = DispatchOutcome.Sent.class, name = "sent"),
        @JsonSubTypes.Type(value = DispatchOutcome.Retry.class, name = "retry"),
        @JsonSubTypes.Type(value = DispatchOutcome.Failed.class, name = "failed"),
        @JsonSubTypes.Type(value = DispatchOutcome.Unknown.class, name = "unknown")
    })
    interface DispatchOutcomeMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = DomainEvent.PaymentRecorded.class, name = "paymentRecorded"),
        @JsonSubTypes.Type(value = DomainEvent.AllocationApplied.class,
                name = "allocationApplied"),
        @JsonSubTypes.Type(value = DomainEvent.AllocationReversed.class,
                name = "allocationReversed"),
        @JsonSubTypes.Type(value = DomainEvent.DocumentStatusChanged.class,
                name = "documentStatusChanged"),
        @JsonSubTypes.Type(value = DomainEvent.ReminderSent.class, name = "reminderSent"),
        @JsonSubTypes.Type(value = DomainEvent.ReminderFailed.class, name = "reminderFailed"),
        @JsonSubTypes.Type(value = DomainEvent.MatchDecisionRecorded.class,
                name = "matchDecisionRecorded"),
        @JsonSubTypes.Type(value = DomainEvent.StatementImported.class,
                name = "statementImported")
    })
    interface DomainEventMixin {}

    /**
     * Maps a record by its components only, ignoring derived {@code isX()} methods: {@code
     * ContactPoint.isUsable()}, and {@code OpenItem.isOpen()}, which would otherwise replace the
     * {@code open} amount with a boolean.
     */
    @JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    interface ComponentsOnlyMixin {}
}
