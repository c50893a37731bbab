package io.github.receivables.reminders;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.DebtorRegime;
import io.github.receivables.reminders.contact.ContactRulebook;
import io.github.receivables.reminders.plan.PlanRequest;
import io.github.receivables.reminders.plan.ReminderHistory;
import io.github.receivables.reminders.policy.PolicyCatalog;
import io.github.receivables.reminders.policy.ReminderPolicy;
import io.github.receivables.reminders.policy.Tone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.github.receivables.reminders.plan.PlannedAction;
import io.github.receivables.reminders.plan.PlannedItem;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.Recipient;
import io.github.receivables.reminders.outbox.OutboxDelivery;
import io.github.receivables.reminders.outbox.OutboxItem;
import io.github.receivables.reminders.outbox.ReminderEntry;
import io.github.receivables.reminders.outbox.ReminderOutbox;
import io.github.receivables.reminders.outbox.ReminderRecord;
import io.github.receivables.spi.memory.InMemoryStores;
import io.github.receivables.spi.notification.DeliveryStatus;
import io.github.receivables.spi.store.DispatchOutcome;

/** Shared test data: Chilean customers, CLP items and the standard five-step policy. */
public final class Fixtures {

    public static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    public static final Currency CLP = Currency.getInstance("CLP");

    private Fixtures() {}

    public static ReminderPolicy standardPolicy() {
        return ReminderPolicy.builder("standard")
                .step("pre-3", -3, Tone.FRIENDLY, "friendly", ContactChannel.EMAIL)
                .step("due", 0, Tone.FRIENDLY, "friendly", ContactChannel.EMAIL,
                        ContactChannel.SMS)
                .step("plus-7", 7, Tone.FIRM, "firm", ContactChannel.EMAIL, ContactChannel.SMS)
                .step("plus-15", 15, Tone.FIRM, "firm", ContactChannel.SMS, ContactChannel.EMAIL)
                .step("plus-30", 30, Tone.FINAL, "final", ContactChannel.EMAIL,
                        ContactChannel.SMS)
                .escalateAfterLastStep(5, "collections", "escalation")
                .build();
    }

    public static Customer consumer(String id) {
        return Customer.builder(CustomerId.of(id), "Cliente " + id)
                .regime(DebtorRegime.CONSUMER)
                .contact(ContactChannel.EMAIL, id.toLowerCase(java.util.Locale.ROOT)
                        + "@example.cl", Consent.NOT_RECORDED)
                .contact(ContactChannel.SMS, "+5691234" + String.format(java.util.Locale.ROOT,
                        "%04d", Math.abs(id.hashCode()) % 10_000), Consent.NOT_RECORDED)
                .build();
    }

    public static Customer company(String id) {
        return Customer.builder(CustomerId.of(id), "Empresa " + id)
                .regime(DebtorRegime.COMPANY)
                .contact(ContactChannel.EMAIL, "pagos@" + id.toLowerCase(java.util.Locale.ROOT)
                        + ".cl", Consent.NOT_RECORDED)
                .build();
    }

    public static OpenItem item(String customer, String number, LocalDate due, long open) {
        return item(customer, number, due, open, CollectionStatus.ACTIVE);
    }

    public static OpenItem item(String customer, String number, LocalDate due, long open,
            CollectionStatus status) {
        Money original = Money.ofMinor(Math.max(open, 1000), CLP);
        return new OpenItem(DocumentId.of("DOC-" + number), 0, CustomerId.of(customer),
                DocumentKind.INVOICE, number, due.minusDays(30), due, original,
                Money.ofMinor(open, CLP), status);
    }

    /** Returns the outbox record of an action as a dispatcher leaves it after sending. */
    public static ReminderRecord sentRecord(PlannedAction action) {
        ReminderOutbox outbox = newOutbox(action);
        ReminderRecord held = outbox.claim(action.key(), "test", action.sendAt(),
                Duration.ofMinutes(1)).orElseThrow();
        return outbox.complete(held,
                new DispatchOutcome.Sent(action.sendAt(), "msg-" + action.key()),
                new ReminderRecord.Progress(0, 0, held.currentDelivery().kind(), false,
                        DeliveryStatus.ACCEPTED));
    }

    /** Returns the outbox record of an action written but not yet sent. */
    public static ReminderRecord pendingRecord(PlannedAction action) {
        return newOutbox(action).find(action.key()).orElseThrow();
    }

    private static ReminderOutbox newOutbox(PlannedAction action) {
        ReminderOutbox outbox = new ReminderOutbox(InMemoryStores.create().reminderOutbox());
        outbox.insert(entry(action), action.sendAt());
        return outbox;
    }

    private static ReminderEntry entry(PlannedAction action) {
        List<OutboxItem> items = new ArrayList<>();
        for (PlannedItem item : action.items()) {
            items.add(new OutboxItem(item.ref().documentId(), item.ref().instalment(),
                    item.stepId()));
        }
        List<OutboxDelivery> deliveries = new ArrayList<>();
        for (ChannelKind kind : action.channels()) {
            deliveries.add(new OutboxDelivery(kind, new Recipient(action.customerId(), "x",
                    Locale.forLanguageTag("es-CL")), new MessageContent.Text(null, "x", null)));
        }
        return new ReminderEntry(action.key(), action.customerId(), action.policyId(),
                action.stepId(), action.purpose().name(), items, action.plannedDate(),
                action.sendAt(), action.notAfter(), deliveries);
    }

    /** Returns the moment of a whole hour of a day in Santiago. */
    public static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(SANTIAGO).toInstant();
    }

    public static PlanRequest request(Collection<OpenItem> items, Collection<Customer> customers,
            ReminderHistory history, Instant now) {
        return PlanRequest.builder(PolicyCatalog.of(standardPolicy()), ContactRulebook.chile())
                .items(List.copyOf(items))
                .customers(customers)
                .history(history)
                .now(now)
                .build();
    }
}
