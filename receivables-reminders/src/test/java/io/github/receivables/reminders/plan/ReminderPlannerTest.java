package io.github.receivables.reminders.plan;

import static io.github.receivables.reminders.Fixtures.at;
import static io.github.receivables.reminders.Fixtures.consumer;
import static io.github.receivables.reminders.Fixtures.item;
import static io.github.receivables.reminders.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DisputeReason;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.LegalStatus;
import io.github.receivables.reminders.Fixtures;
import io.github.receivables.reminders.ReasonCode;
import io.github.receivables.reminders.contact.ContactRulebook;
import io.github.receivables.reminders.policy.PolicyCatalog;
import io.github.receivables.reminders.policy.ReminderPolicy;
import io.github.receivables.reminders.policy.Tone;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.InboundReply;
import io.github.receivables.spi.notification.ReplyIntent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderPlannerTest {

    // Monday 16 June 2025, 10:00 in Santiago.
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 16);
    private static final Instant NOW = at(MONDAY, 10);

    private static Plan plan(List<OpenItem> items, List<Customer> customers) {
        return ReminderPlanner.plan(request(items, customers, ReminderHistory.empty(), NOW));
    }

    private static SkippedStep onlySkip(Plan plan) {
        assertTrue(plan.actions().isEmpty(), plan.describe().toString());
        assertEquals(1, plan.skipped().size(), plan.describe().toString());
        return plan.skipped().get(0);
    }

    @Test
    void twoDueItemsGiveOneConsolidatedMessage() {
        Plan plan = plan(List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000),
                item("C1", "F-2", MONDAY.minusDays(9), 2500)), List.of(consumer("C1")));

        assertEquals(1, plan.actions().size(), plan.describe().toString());
        PlannedAction action = plan.actions().get(0);
        assertEquals(ChannelKind.EMAIL, action.kind());
        assertEquals(List.of(ChannelKind.SMS), action.fallbacks());
        assertEquals("plus-7", action.stepId());
        assertEquals(Tone.FIRM, action.tone());
        assertEquals(2, action.items().size());
        assertEquals(Money.of("3500", "CLP"), action.total());
        assertEquals(NOW, action.sendAt());
        assertEquals(at(MONDAY, 20), action.notAfter());
        assertTrue(action.key().matches("rm-[0-9a-f]{32}"), action.key());
    }

    @Test
    void keysStableForSameInputs() {
        List<OpenItem> items = List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000));
        List<Customer> customers = List.of(consumer("C1"));

        Plan first = plan(items, customers);
        Plan second = plan(items, customers);
        Plan tomorrow = ReminderPlanner.plan(request(items, customers, ReminderHistory.empty(),
                NOW.plusSeconds(86_400)));

        assertEquals(first.actions().get(0).key(), second.actions().get(0).key());
        assertNotEquals(first.actions().get(0).key(), tomorrow.actions().get(0).key());
    }

    @Test
    void planningOverRecordedActionsAddsNothing() {
        List<OpenItem> items = List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000));
        List<Customer> customers = List.of(consumer("C1"));
        Plan first = plan(items, customers);
        ReminderHistory history = ReminderHistory.of(
                List.of(Fixtures.pendingRecord(first.actions().get(0))), List.of());

        Plan again = ReminderPlanner.plan(request(items, customers, history, NOW));

        assertTrue(again.actions().isEmpty(), again.describe().toString());
        assertTrue(again.deferred().isEmpty());
    }

    @Test
    void lateImportedItemStartsAtFirstOverdueStep() {
        Plan plan = plan(List.of(item("C1", "F-1", MONDAY.minusDays(20), 1000)),
                List.of(consumer("C1")));

        assertEquals("plus-7", plan.actions().get(0).stepId());
    }

    @Test
    void lateStepPacesTheNextOne() {
        OpenItem late = item("C1", "F-1", MONDAY.minusDays(20), 1000);
        Plan first = plan(List.of(late), List.of(consumer("C1")));
        ReminderHistory history = ReminderHistory.of(
                List.of(Fixtures.sentRecord(first.actions().get(0))), List.of());

        Plan day27 = ReminderPlanner.plan(request(List.of(late), List.of(consumer("C1")),
                history, at(MONDAY.plusDays(7), 10)));
        Plan day28 = ReminderPlanner.plan(request(List.of(late), List.of(consumer("C1")),
                history, at(MONDAY.plusDays(8), 10)));

        assertTrue(day27.actions().isEmpty(), day27.describe().toString());
        assertEquals("plus-15", day28.actions().get(0).stepId());
    }

    @Test
    void courtesyStepBeforeDueDate() {
        Plan plan = plan(List.of(item("C1", "F-1", MONDAY.plusDays(3), 1000)),
                List.of(consumer("C1")));

        assertEquals("pre-3", plan.actions().get(0).stepId());
        assertEquals(Tone.FRIENDLY, plan.actions().get(0).tone());
    }

    @Test
    void courtesyItemNotMergedIntoOverdueNotice() {
        Plan plan = plan(List.of(item("C1", "F-1", MONDAY.plusDays(3), 1000),
                item("C1", "F-2", MONDAY.minusDays(7), 2500)), List.of(consumer("C1")));

        List<String> overdueSteps = plan.actions().stream()
                .filter(action -> action.stepId().equals("plus-7"))
                .flatMap(action -> action.items().stream())
                .map(PlannedItem::number)
                .toList();
        assertEquals(List.of("F-2"), overdueSteps, plan.describe().toString());
        boolean courtesyPlannedOrDeferred = plan.describe().stream()
                .anyMatch(line -> line.contains("pre-3"));
        assertTrue(courtesyPlannedOrDeferred, plan.describe().toString());
    }

    @Test
    void disputedItemIsSkippedWithReason() {
        CollectionStatus disputed = new CollectionStatus.Disputed(DisputeReason.CUSTOMER_DISPUTE,
                MONDAY.minusDays(2));

        SkippedStep skip = onlySkip(plan(List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000,
                disputed)), List.of(consumer("C1"))));

        assertEquals(ReasonCode.DISPUTED, skip.reason().code());
        assertEquals("plus-7", skip.stepId());
    }

    @Test
    void taxAuthorityClaimIsSkipped() {
        CollectionStatus claimed = new CollectionStatus.Disputed(
                DisputeReason.TAX_AUTHORITY_CLAIM, MONDAY.minusDays(2));

        assertEquals(ReasonCode.TAX_AUTHORITY_CLAIM, onlySkip(plan(List.of(item("C1", "F-1",
                MONDAY.minusDays(7), 1000, claimed)), List.of(consumer("C1")))).reason().code());
    }

    @Test
    void promisedItemWaitsUntilPromiseDate() {
        CollectionStatus promised = new CollectionStatus.Promised(MONDAY.minusDays(1),
                MONDAY.plusDays(3), Money.of("1000", "CLP"));
        OpenItem item = item("C1", "F-1", MONDAY.minusDays(7), 1000, promised);

        SkippedStep skip = onlySkip(plan(List.of(item), List.of(consumer("C1"))));
        // Friday the 20th is a holiday, so the next working day after the promise is Saturday.
        Plan afterPromise = ReminderPlanner.plan(request(List.of(item), List.of(consumer("C1")),
                ReminderHistory.empty(), at(MONDAY.plusDays(5), 10)));

        assertEquals(ReasonCode.PROMISED, skip.reason().code());
        assertEquals("plus-7", afterPromise.actions().get(0).stepId());
    }

    @Test
    void brokenPromiseEscalatesWhenConfigured() {
        ReminderPolicy escalating = ReminderPolicy.builder("escalating")
                .step("plus-7", 7, Tone.FIRM, "firm", ContactChannel.EMAIL)
                .brokenPromise(io.github.receivables.reminders.policy.BrokenPromiseAction.ESCALATE)
                .build();
        CollectionStatus promised = new CollectionStatus.Promised(MONDAY.minusDays(5),
                MONDAY.minusDays(1), Money.of("1000", "CLP"));
        PlanRequest request = PlanRequest.builder(PolicyCatalog.of(escalating),
                ContactRulebook.chile())
                .items(List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000, promised)))
                .customers(List.of(consumer("C1"))).now(NOW).build();

        Plan plan = ReminderPlanner.plan(request);

        assertEquals(1, plan.actions().size(), plan.describe().toString());
        assertEquals(ChannelKind.HUMAN_TASK, plan.actions().get(0).kind());
        assertEquals(ActionPurpose.ESCALATION, plan.actions().get(0).purpose());
        assertEquals("broken-promise-2025-06-15", plan.actions().get(0).stepId());
        assertEquals(ReasonCode.BROKEN_PROMISE, plan.skipped().get(0).reason().code());
    }

    @Test
    void factoredItemGetsOneNoticeWhenConfigured() {
        ReminderPolicy notice = ReminderPolicy.builder("notice")
                .step("plus-7", 7, Tone.FIRM, "firm", ContactChannel.EMAIL)
                .sendFactorNotice("factor-notice")
                .build();
        CollectionStatus assigned = new CollectionStatus.AssignedToFactor("Factoring Sur",
                MONDAY.minusDays(3), "Pay to account 123");
        OpenItem item = item("C1", "F-1", MONDAY.plusDays(20), 1000, assigned);
        PlanRequest request = PlanRequest.builder(PolicyCatalog.of(notice),
                ContactRulebook.chile())
                .items(List.of(item)).customers(List.of(consumer("C1"))).now(NOW).build();

        Plan plan = ReminderPlanner.plan(request);
        ReminderHistory history = ReminderHistory.of(
                List.of(Fixtures.sentRecord(plan.actions().get(0))), List.of());
        Plan later = ReminderPlanner.plan(request.withHistory(history)
                .at(at(MONDAY.plusDays(30), 10)));

        assertEquals(ActionPurpose.FACTOR_NOTICE, plan.actions().get(0).purpose());
        assertEquals("Factoring Sur", plan.actions().get(0).factor().factor());
        assertTrue(later.actions().isEmpty(), later.describe().toString());
        assertEquals(ReasonCode.ASSIGNED_TO_FACTOR, later.skipped().get(0).reason().code());
    }

    @Test
    void balanceBelowMinimumIsSkipped() {
        ReminderPolicy minimum = ReminderPolicy.builder("minimum")
                .step("plus-7", 7, Tone.FIRM, "firm", ContactChannel.EMAIL)
                .minimumBalance(Money.of("5000", "CLP"))
                .build();
        PlanRequest request = PlanRequest.builder(PolicyCatalog.of(minimum),
                ContactRulebook.chile())
                .items(List.of(item("C1", "F-1", MONDAY.minusDays(7), 4999)))
                .customers(List.of(consumer("C1"))).now(NOW).build();

        assertEquals(ReasonCode.BELOW_MINIMUM,
                onlySkip(ReminderPlanner.plan(request)).reason().code());
    }

    @Test
    void optedOutContactIsSkipped() {
        Customer optedOut = Customer.builder(CustomerId.of("C1"), "Ana")
                .regime(io.github.receivables.core.party.DebtorRegime.CONSUMER)
                .contact(ContactChannel.EMAIL, "ana@example.cl", Consent.OPTED_OUT)
                .contact(ContactChannel.SMS, "+56911112222", Consent.OPTED_OUT).build();

        SkippedStep skip = onlySkip(plan(List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000)),
                List.of(optedOut)));

        assertEquals(ReasonCode.OPTED_OUT, skip.reason().code());
    }

    @Test
    void optOutReplyMovesToNextChannel() {
        InboundReply stop = new InboundReply("r1", CustomerId.of("C1"), ChannelKind.EMAIL,
                NOW.minusSeconds(3600), null, new ReplyIntent.OptOut());
        ReminderHistory history = ReminderHistory.of(List.of(), List.of(stop));

        Plan plan = ReminderPlanner.plan(request(List.of(item("C1", "F-1", MONDAY.minusDays(7),
                1000)), List.of(consumer("C1")), history, NOW));

        assertEquals(ChannelKind.SMS, plan.actions().get(0).kind());
        assertTrue(plan.actions().get(0).fallbacks().isEmpty());
    }

    @Test
    void whatsAppWithoutOptInIsNotUsed() {
        ReminderPolicy whatsApp = ReminderPolicy.builder("wa")
                .step("plus-7", 7, Tone.FIRM, "firm", ContactChannel.WHATSAPP,
                        ContactChannel.EMAIL)
                .build();
        Customer customer = Customer.builder(CustomerId.of("C1"), "Ana")
                .contact(ContactChannel.WHATSAPP, "+56911112222", Consent.NOT_RECORDED)
                .contact(ContactChannel.EMAIL, "ana@example.cl", Consent.NOT_RECORDED).build();
        PlanRequest request = PlanRequest.builder(PolicyCatalog.of(whatsApp),
                ContactRulebook.chile())
                .items(List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000)))
                .customers(List.of(customer)).now(NOW).build();

        assertEquals(ChannelKind.EMAIL, ReminderPlanner.plan(request).actions().get(0).kind());
    }

    @Test
    void suedConsumerGetsNothing() {
        SkippedStep skip = onlySkip(plan(List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000)),
                List.of(consumer("C1").withLegalStatus(LegalStatus.SUED))));

        assertEquals(ReasonCode.LEGAL_STATUS, skip.reason().code());
    }

    @Test
    void holidayDefersToNextAllowedDay() {
        // Thursday 18 September 2025 is a national holiday, and so is Friday the 19th.
        LocalDate holiday = LocalDate.of(2025, 9, 18);

        Plan plan = ReminderPlanner.plan(request(List.of(item("C1", "F-1", holiday.minusDays(7),
                1000)), List.of(consumer("C1")), ReminderHistory.empty(), at(holiday, 10)));

        assertTrue(plan.actions().isEmpty());
        DeferredAction deferred = plan.deferred().get(0);
        assertEquals(ReasonCode.HOLIDAY, deferred.reason().code());
        assertEquals(at(LocalDate.of(2025, 9, 20), 8), deferred.nextAllowedAt());
    }

    @Test
    void earlyRunSchedulesWithinTheDay() {
        Plan plan = ReminderPlanner.plan(request(List.of(item("C1", "F-1", MONDAY.minusDays(7),
                1000)), List.of(consumer("C1")), ReminderHistory.empty(), at(MONDAY, 3)));

        assertEquals(at(MONDAY, 8), plan.actions().get(0).sendAt());
    }

    @Test
    void escalationFollowsLastStep() {
        LocalDate due = MONDAY.minusDays(40);
        OpenItem item = item("C1", "F-1", due, 1000);
        ReminderHistory.Builder history = ReminderHistory.builder();
        for (int offset : new int[] {7, 15, 30}) {
            Plan plan = ReminderPlanner.plan(request(List.of(item), List.of(consumer("C1")),
                    history.build(), at(due.plusDays(offset), 10)));
            history.add(Fixtures.sentRecord(plan.actions().get(0)));
        }
        Plan tooEarly = ReminderPlanner.plan(request(List.of(item), List.of(consumer("C1")),
                history.build(), at(due.plusDays(34), 10)));

        Plan escalation = ReminderPlanner.plan(request(List.of(item), List.of(consumer("C1")),
                history.build(), NOW));

        assertTrue(tooEarly.actions().isEmpty(), tooEarly.describe().toString());
        assertEquals(ActionPurpose.ESCALATION, escalation.actions().get(0).purpose());
        assertEquals("collections", escalation.actions().get(0).queue());
        assertEquals(ReasonCode.ESCALATED, escalation.actions().get(0).reason().code());
    }

    @Test
    void keyAccountStepsGoToPerson() {
        ReminderPolicy key = ReminderPolicy.builder("key")
                .step("plus-7", 7, Tone.FIRM, "firm", ContactChannel.EMAIL)
                .keyAccount(true).build();
        PlanRequest request = PlanRequest.builder(PolicyCatalog.of(key), ContactRulebook.chile())
                .items(List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000)))
                .customers(List.of(consumer("C1"))).now(NOW).build();

        PlannedAction action = ReminderPlanner.plan(request).actions().get(0);

        assertEquals(ChannelKind.HUMAN_TASK, action.kind());
        assertEquals(ActionPurpose.KEY_ACCOUNT_TASK, action.purpose());
        assertEquals("key-accounts", action.queue());
    }

    @Test
    void dryRunDescribesWhatWouldBeSent() {
        PlanRequest request = request(List.of(item("C1", "F-1", MONDAY.minusDays(7), 1000),
                item("C2", "F-2", MONDAY.minusDays(7), 1000, new CollectionStatus.OnHold(
                        MONDAY.minusDays(1), null))), List.of(consumer("C1"), consumer("C2")),
                ReminderHistory.empty(), Instant.EPOCH);

        Plan plan = ReminderPlanner.dryRun(request, MONDAY, LocalTime.of(9, 30),
                Fixtures.SANTIAGO);
        List<String> lines = plan.describe();

        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("SEND 2025-06-16T13:30:00Z EMAIL to customer C1, step"
                + " plus-7 (FIRM, template firm) for [F-1], total 1000 CLP: STEP_DUE"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("SKIP step plus-7 of DOC-F-2#0 for customer C2:"
                + " ON_HOLD"), lines.get(1));
    }

    @Test
    void unknownCustomerIsReported() {
        Plan plan = plan(List.of(item("C9", "F-1", MONDAY.minusDays(7), 1000)), List.of());

        assertEquals(ReasonCode.CONFIGURATION, plan.skipped().get(0).reason().code());
    }
}
