package io.github.receivables.reminders.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.ContactChannel;
import org.junit.jupiter.api.Test;

class ReminderPolicyBuilderTest {

    @Test
    void builderReportsEveryProblemWithPath() {
        ReminderPolicy.Builder builder = ReminderPolicy.builder("bad id!")
                .step("a", 5, Tone.FRIENDLY, "friendly")
                .step("a", 1, Tone.FIRM, "firm", ContactChannel.SMS, ContactChannel.SMS)
                .minimumBalance(Money.of("-1", "CLP"));

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                builder::build);

        assertTrue(e.problems().get(0).startsWith("id: must be 1 to 64"), e.getMessage());
        assertTrue(e.problems().contains("steps[0].channels: must list at least one channel"));
        assertTrue(e.problems().contains("steps[1].id: 'a' is used by an earlier step"));
        assertTrue(e.problems().contains("steps[1].channels[1]: SMS is listed twice"));
        assertTrue(e.getMessage().contains("steps[1].offsetDays: must be greater than the"
                + " previous step's 5, got 1"), e.getMessage());
        assertTrue(e.getMessage().contains("exclusions.minimumBalance[0].amount: must not be"
                + " negative"), e.getMessage());
    }

    @Test
    void reservedStepIdIsRejected() {
        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> ReminderPolicy.builder("p")
                        .step("escalation", 3, Tone.FIRM, "firm", ContactChannel.EMAIL)
                        .build());

        assertEquals("steps[0].id: 'escalation' is reserved for special actions; choose another"
                + " id", e.problems().get(0));
    }

    @Test
    void noStepsIsRejected() {
        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> ReminderPolicy.builder("p").build());

        assertEquals("steps: must list at least one step", e.problems().get(0));
    }
}
