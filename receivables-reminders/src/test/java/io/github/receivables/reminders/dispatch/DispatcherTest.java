package io.github.receivables.reminders.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.Fixtures;
import io.github.receivables.reminders.plan.Plan;
import io.github.receivables.reminders.plan.PlannedAction;
import io.github.receivables.reminders.plan.ReminderHistory;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.DeliveryReceipt;
import io.github.receivables.spi.notification.DeliveryStatus;
import io.github.receivables.spi.notification.InboundReply;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.ReplyIntent;
import io.github.receivables.spi.notification.SendResult;
import io.github.receivables.reminders.outbox.OutboxState;
import io.github.receivables.reminders.outbox.ReminderOutbox;
import io.github.receivables.reminders.outbox.ReminderRecord;
import io.github.receivables.spi.memory.InMemoryStores;
import io.github.receivables.spi.store.ReminderOutboxStore;
import io.github.receivables.reminders.template.Creditor;
import io.github.receivables.reminders.template.TemplateEngine;
import io.github.receivables.reminders.template.TemplateSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    private final DispatchFixture fixture = new DispatchFixture(1);
    private final ReminderOutboxStore store = InMemoryStores.create().reminderOutbox();
    private final ReminderOutbox outbox = new ReminderOutbox(store);
    private final Dispatcher dispatcher = fixture.dispatcher(store, fixture.email, "d1");

    private DispatchResult dispatchOnly() {
        Plan plan = fixture.plan();
        DispatchReport report = dispatcher.dispatch(plan, fixture.customerMap());
        assertEquals(1, report.results().size());
        return report.results().get(0);
    }

    private ReminderRecord record(DispatchResult result) {
        return outbox.find(result.key()).orElseThrow();
    }

    @Test
    void sendsRenderedEmailWithKeyAndCompletesRecord() {
        DispatchResult result = dispatchOnly();

        DispatchResult.Sent sent = assertInstanceOf(DispatchResult.Sent.class, result);
        assertEquals(ChannelKind.EMAIL, sent.via());
        assertEquals(OutboxState.SENT, record(result).state());
        assertEquals(result.key() + ":EMAIL",
                fixture.email.delivered().get(0).idempotencyKey());
        MessageContent.Text text = (MessageContent.Text) fixture.email.delivered().get(0)
                .content();
        assertEquals("Saldo vencido: $1.000", text.subject());
        assertTrue(text.plain().contains("RC1"), text.plain());
    }

    @Test
    void transientFailuresAreRetriedWithBackoff() {
        fixture.email.failNext(new SendResult.TransientFailure("rate limited", null),
                new SendResult.TransientFailure("timeout", Duration.ofSeconds(20)));

        DispatchResult result = dispatchOnly();

        assertInstanceOf(DispatchResult.Sent.class, result);
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(20)), fixture.sleeps);
        assertEquals(3, record(result).attempts());
        assertEquals(1, fixture.email.delivered().size());
    }

    @Test
    void permanentFailureFallsBackToNextChannel() {
        fixture.email.failNext(new SendResult.PermanentFailure("mailbox does not exist"));

        DispatchResult result = dispatchOnly();

        assertEquals(ChannelKind.SMS, assertInstanceOf(DispatchResult.Sent.class, result).via());
        assertEquals(result.key() + ":SMS", fixture.sms.delivered().get(0).idempotencyKey());
        assertTrue(fixture.email.delivered().isEmpty());
    }

    @Test
    void transientFailuresOnEveryAttemptFallBack() {
        SendResult.TransientFailure down = new SendResult.TransientFailure("down", null);
        fixture.email.failNext(down, down, down, down);

        DispatchResult result = dispatchOnly();

        assertEquals(ChannelKind.SMS, assertInstanceOf(DispatchResult.Sent.class, result).via());
        assertEquals(3, fixture.sleeps.size());
    }

    @Test
    void unknownOnEveryAttemptEndsUnconfirmedWithoutFallback() {
        SendResult.Unknown unknown = new SendResult.Unknown("read timed out");
        fixture.email.failNext(unknown, unknown, unknown, unknown);

        DispatchResult result = dispatchOnly();

        assertEquals(OutboxState.UNCONFIRMED,
                assertInstanceOf(DispatchResult.Finished.class, result).state());
        assertTrue(fixture.sms.delivered().isEmpty());
    }

    @Test
    void everyChannelFailingEndsFailed() {
        fixture.email.failNext(new SendResult.PermanentFailure("bounced"));
        fixture.sms.failNext(new SendResult.PermanentFailure("landline"));

        DispatchResult result = dispatchOnly();

        assertEquals(OutboxState.FAILED,
                assertInstanceOf(DispatchResult.Finished.class, result).state());
    }

    @Test
    void closedWindowExpiresInsteadOfSending() {
        Plan plan = fixture.plan();
        fixture.clock.set(Fixtures.at(DispatchFixture.MONDAY, 21));

        DispatchResult result = dispatcher.dispatch(plan, fixture.customerMap()).results().get(0);

        assertEquals(OutboxState.EXPIRED,
                assertInstanceOf(DispatchResult.Finished.class, result).state());
        assertTrue(fixture.email.delivered().isEmpty());
        assertTrue(ReminderHistory.of(List.of(record(result)), List.of())
                .stepsDone(plan.actions().get(0).items().get(0).ref()).isEmpty());
    }

    @Test
    void earlyActionWaitsThenResumeSends() {
        fixture.clock.set(Fixtures.at(DispatchFixture.MONDAY, 6));
        Plan plan = fixture.plan();

        DispatchResult early = dispatcher.dispatch(plan, fixture.customerMap()).results().get(0);
        fixture.clock.set(Fixtures.at(DispatchFixture.MONDAY, 8));
        DispatchReport resumed = dispatcher.resume();

        assertInstanceOf(DispatchResult.Scheduled.class, early);
        assertEquals(1, resumed.count(DispatchResult.Sent.class));
    }

    @Test
    void secondDispatchOfSamePlanSendsNothing() {
        Plan plan = fixture.plan();
        dispatcher.dispatch(plan, fixture.customerMap());

        DispatchReport again = dispatcher.dispatch(plan, fixture.customerMap());

        assertEquals(1, again.count(DispatchResult.AlreadyDone.class));
        assertEquals(1, fixture.email.sendCalls());
    }

    @Test
    void receiptIsRecordedOnRecord() {
        DispatchResult result = dispatchOnly();

        dispatcher.onReceipt(new DeliveryReceipt(result.key() + ":EMAIL", "email-1",
                DeliveryStatus.BOUNCED, fixture.clock.instant(), "550"));

        assertEquals(DeliveryStatus.BOUNCED, record(result).deliveryStatus());
    }

    @Test
    void optOutReplySkipsChannel() {
        dispatcher.onReply(new InboundReply("sms-7", CustomerId.of("C0"), ChannelKind.EMAIL,
                fixture.clock.instant(), null, new ReplyIntent.OptOut()));

        ReminderHistory history = ReminderHistory.of(List.of(),
                dispatcher.replies(CustomerId.of("C0")));

        assertEquals(java.util.Set.of(ContactChannel.EMAIL), history.optOuts(CustomerId.of("C0")));
        PlannedAction action = io.github.receivables.reminders.plan.ReminderPlanner.plan(
                Fixtures.request(fixture.items, fixture.customers, history,
                        fixture.clock.instant())).actions().get(0);
        assertEquals(ChannelKind.SMS, action.kind());
    }

    @Test
    void missingTemplateIsReportedNotQueued() {
        TemplateEngine typo = TemplateEngine.builder()
                .source(path -> Optional.of(new TemplateSource.Text(path, "{{nope}}")))
                .build();
        MessageComposer broken = MessageComposer.withoutLinks(typo,
                new Creditor("Andes", "", ""));
        Dispatcher failing = Dispatcher.builder(store, broken).clock(fixture.clock)
                .channel(fixture.email).build();

        DispatchReport report = failing.dispatch(fixture.plan(), fixture.customerMap());

        assertEquals(1, report.count(DispatchResult.NotQueued.class));
        assertEquals(List.of(), outbox.createdSince(Instant.EPOCH));
    }
}
