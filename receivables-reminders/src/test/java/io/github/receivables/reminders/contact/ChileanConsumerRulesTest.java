package io.github.receivables.reminders.contact;

import static io.github.receivables.reminders.Fixtures.SANTIAGO;
import static io.github.receivables.reminders.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.LegalStatus;
import io.github.receivables.reminders.Fixtures;
import io.github.receivables.reminders.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChileanConsumerRulesTest {

    private final ContactRules rules = ContactRules.chileanConsumer(Holidays.chile());
    private final Customer debtor = Fixtures.consumer("C1");

    private ContactDecision.Allowed allowed(ContactChannel channel, Instant at,
            List<ContactEvent> contacts) {
        ContactDecision decision = ContactBudget.evaluate(rules, debtor, null, channel, at,
                contacts);
        return assertInstanceOf(ContactDecision.Allowed.class, decision);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, SANTIAGO);
    }

    @Test
    void callOnHolidayMovesToNextAllowedDay() {
        // 18 and 19 September 2025 are holidays (Thursday, Friday); Saturday is allowed.
        ContactDecision.Allowed decision = allowed(ContactChannel.CALL,
                at(LocalDate.of(2025, 9, 18), 10), List.of());

        assertEquals(LocalDateTime.of(2025, 9, 20, 8, 0), local(decision.at()));
        assertEquals(ReasonCode.HOLIDAY, decision.delay().code());
    }

    @Test
    void callOnSundayMovesToMonday() {
        ContactDecision.Allowed decision = allowed(ContactChannel.CALL,
                at(LocalDate.of(2025, 6, 1), 11), List.of());

        assertEquals(LocalDateTime.of(2025, 6, 2, 8, 0), local(decision.at()));
        assertEquals(ReasonCode.DAY_NOT_ALLOWED, decision.delay().code());
    }

    @Test
    void callAfterEightPmMovesToNextMorning() {
        ContactDecision.Allowed decision = allowed(ContactChannel.CALL,
                at(LocalDate.of(2025, 6, 3), 21), List.of());

        assertEquals(LocalDateTime.of(2025, 6, 4, 8, 0), local(decision.at()));
        assertEquals(ReasonCode.OUTSIDE_HOURS, decision.delay().code());
        assertEquals(LocalDateTime.of(2025, 6, 4, 20, 0), local(decision.windowEnd()));
    }

    @Test
    void secondWrittenContactWaitsTwoDays() {
        List<ContactEvent> contacts = List.of(
                new ContactEvent(at(LocalDate.of(2025, 6, 2), 9), ContactChannel.EMAIL));

        ContactDecision.Allowed decision = allowed(ContactChannel.SMS,
                at(LocalDate.of(2025, 6, 3), 9), contacts);

        assertEquals(LocalDateTime.of(2025, 6, 4, 8, 0), local(decision.at()));
        assertEquals(ReasonCode.MIN_GAP, decision.delay().code());
    }

    @Test
    void thirdWrittenContactInSevenDaysIsDeferred() {
        List<ContactEvent> contacts = List.of(
                new ContactEvent(at(LocalDate.of(2025, 6, 2), 9), ContactChannel.EMAIL),
                new ContactEvent(at(LocalDate.of(2025, 6, 4), 9), ContactChannel.SMS));

        ContactDecision.Allowed decision = allowed(ContactChannel.EMAIL,
                at(LocalDate.of(2025, 6, 6), 9), contacts);

        assertEquals(LocalDateTime.of(2025, 6, 9, 8, 0), local(decision.at()));
        assertEquals(ReasonCode.CAP_REACHED, decision.delay().code());
    }

    @Test
    void secondCallInWeekDeferred() {
        List<ContactEvent> contacts = List.of(
                new ContactEvent(at(LocalDate.of(2025, 6, 2), 10), ContactChannel.CALL));

        ContactDecision.Allowed call = allowed(ContactChannel.CALL,
                at(LocalDate.of(2025, 6, 5), 10), contacts);
        ContactDecision.Allowed email = allowed(ContactChannel.EMAIL,
                at(LocalDate.of(2025, 6, 5), 10), contacts);

        assertEquals(LocalDate.of(2025, 6, 9), local(call.at()).toLocalDate());
        assertEquals(LocalDateTime.of(2025, 6, 5, 10, 0), local(email.at()));
    }

    @Test
    void contactsKeepFourHoursApart() {
        List<ContactEvent> contacts = List.of(
                new ContactEvent(at(LocalDate.of(2025, 6, 2), 9), ContactChannel.CALL));

        ContactDecision.Allowed decision = allowed(ContactChannel.EMAIL,
                at(LocalDate.of(2025, 6, 2), 10), contacts);

        assertEquals(LocalDateTime.of(2025, 6, 2, 13, 0), local(decision.at()));
    }

    @Test
    void suedConsumerIsBlocked() {
        ContactDecision decision = ContactBudget.evaluate(rules,
                debtor.withLegalStatus(LegalStatus.SUED), null, ContactChannel.EMAIL,
                at(LocalDate.of(2025, 6, 2), 10), List.of());

        assertEquals(ReasonCode.LEGAL_STATUS,
                assertInstanceOf(ContactDecision.Blocked.class, decision).reason().code());
    }

    @Test
    void insolventConsumerIsBlocked() {
        ContactDecision decision = ContactBudget.evaluate(rules,
                debtor.withLegalStatus(LegalStatus.INSOLVENT), null, ContactChannel.CALL,
                at(LocalDate.of(2025, 6, 2), 10), List.of());

        assertInstanceOf(ContactDecision.Blocked.class, decision);
    }

    @Test
    void rulebookAppliesConsumerRulesByRegime() {
        ContactRulebook rulebook = ContactRulebook.chile();

        assertEquals("cl-consumer", rulebook.rulesFor(debtor.regime()).id());
        assertEquals("company-default",
                rulebook.rulesFor(Fixtures.company("E1").regime()).id());
    }

    @Test
    void regionalHolidayDefersOnlyThatRegion() {
        Instant june9 = at(LocalDate.of(2025, 6, 7), 10);

        ContactDecision arica = ContactBudget.evaluate(rules, debtor, "CL-AP",
                ContactChannel.CALL, june9, List.of());
        ContactDecision santiago = ContactBudget.evaluate(rules, debtor, "CL-RM",
                ContactChannel.CALL, june9, List.of());

        assertEquals(LocalDate.of(2025, 6, 9), local(assertInstanceOf(
                ContactDecision.Allowed.class, arica).at()).toLocalDate());
        assertEquals(LocalDate.of(2025, 6, 7), local(assertInstanceOf(
                ContactDecision.Allowed.class, santiago).at()).toLocalDate());
    }
}
