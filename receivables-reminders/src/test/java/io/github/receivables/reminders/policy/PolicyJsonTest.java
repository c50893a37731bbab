package io.github.receivables.reminders.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.metrics.RiskSegment;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Customer;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {

    private static final String VALID = "{\n"
            + "  \"id\": \"consumer-standard\",\n"
            + "  \"steps\": [\n"
            + "    {\"id\": \"pre-3\", \"offsetDays\": -3, \"channels\": [\"EMAIL\"],"
            + " \"tone\": \"FRIENDLY\", \"template\": \"friendly\"},\n"
            + "    {\"id\": \"plus-7\", \"offsetDays\": 7, \"channels\": [\"EMAIL\", \"sms\"],"
            + " \"tone\": \"firm\", \"template\": \"firm\"}\n"
            + "  ],\n"
            + "  \"escalation\": {\"daysAfterLastStep\": 10, \"queue\": \"collections\","
            + " \"template\": \"escalation\"},\n"
            + "  \"exclusions\": {\"brokenPromise\": \"ESCALATE\", \"factor\":"
            + " \"SEND_FACTOR_NOTICE\", \"factorTemplate\": \"factor-notice\","
            + " \"minimumBalance\": [{\"amount\": \"1000\", \"currency\": \"CLP\"}]}\n"
            + "}";

    @Test
    void validPolicyReadsEveryField() {
        ReminderPolicy policy = PolicyJson.readPolicy(VALID);

        assertEquals("consumer-standard", policy.id());
        assertEquals(2, policy.steps().size());
        assertEquals(List.of(ContactChannel.EMAIL, ContactChannel.SMS),
                policy.steps().get(1).channels());
        assertEquals(Tone.FIRM, policy.steps().get(1).tone());
        assertEquals(10, policy.escalation().daysAfterLastStep());
        assertEquals(BrokenPromiseAction.ESCALATE, policy.exclusions().brokenPromise());
        assertEquals(FactorAction.SEND_FACTOR_NOTICE, policy.exclusions().factor());
        assertEquals(List.of(Money.of("1000", "CLP")), policy.exclusions().minimumBalances());
    }

    @Test
    void nonIntegerOffsetNamesStepPath() {
        String json = VALID.replace("\"offsetDays\": 7", "\"offsetDays\": \"seven\"");

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> PolicyJson.readPolicy(json));

        assertTrue(e.getMessage().contains("steps[1].offsetDays: must be a whole number"),
                e.getMessage());
    }

    @Test
    void offsetsOutOfOrderNameSecondStep() {
        String json = VALID.replace("\"offsetDays\": 7", "\"offsetDays\": -5");

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> PolicyJson.readPolicy(json));

        assertTrue(e.problems().get(0).startsWith("steps[1].offsetDays: must be greater"),
                e.getMessage());
    }

    @Test
    void unknownFieldAndBadEnumAreAllReported() {
        String json = VALID.replace("\"tone\": \"firm\"", "\"tone\": \"angry\", \"delay\": 3");

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> PolicyJson.readPolicy(json));

        assertTrue(e.problems().contains("steps[1].delay: is not a known field; expected one of"
                + " [channels, id, offsetDays, template, tone]"), e.getMessage());
        assertTrue(e.getMessage().contains("steps[1].tone: 'angry' is not one of [FRIENDLY,"
                + " FIRM, FINAL]"), e.getMessage());
    }

    @Test
    void badChannelNamesChannelIndex() {
        String json = VALID.replace("[\"EMAIL\", \"sms\"]", "[\"EMAIL\", \"FAX\"]");

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> PolicyJson.readPolicy(json));

        assertTrue(e.getMessage().contains("steps[1].channels[1]: 'FAX' is not one of"),
                e.getMessage());
    }

    @Test
    void badMinimumCurrencyNamesPath() {
        String json = VALID.replace("\"currency\": \"CLP\"", "\"currency\": \"XYZ\"");

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> PolicyJson.readPolicy(json));

        assertTrue(e.getMessage().contains("exclusions.minimumBalance[0].currency: 'XYZ' is not"
                + " an ISO 4217 currency code"), e.getMessage());
    }

    @Test
    void missingFactorTemplateNamesField() {
        String json = VALID.replace(", \"factorTemplate\": \"factor-notice\"", "");

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> PolicyJson.readPolicy(json));

        assertTrue(e.getMessage().contains("exclusions.factorTemplate: must be 1 to 64"),
                e.getMessage());
    }

    @Test
    void malformedJsonNamesLine() {
        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> PolicyJson.readPolicy("{\n\"id\": \"x\",\n\"steps\": [}"));

        assertTrue(e.getMessage().contains("not valid JSON at line 3"), e.getMessage());
    }

    @Test
    void catalogSelectsBySegmentThenRisk() {
        String catalog = "{\"policies\": [" + VALID + ", "
                + VALID.replace("consumer-standard", "strict") + "],"
                + " \"selection\": [{\"risk\": \"HIGH\", \"policy\": \"strict\"}],"
                + " \"defaultPolicy\": \"consumer-standard\"}";
        PolicyCatalog read = PolicyJson.readCatalog(new StringReader(catalog), "catalog.json");
        Customer customer = Customer.builder(CustomerId.of("C1"), "Ana").build();

        assertEquals("strict", read.select(customer, "HIGH").id());
        assertEquals("consumer-standard", read.select(customer, "LOW").id());
    }

    @Test
    void catalogSelectsByBehaviourRiskSegment() {
        String catalog = "{\"policies\": [" + VALID + ", "
                + VALID.replace("consumer-standard", "strict") + "],"
                + " \"selection\": [{\"risk\": \"HIGH\", \"policy\": \"strict\"}],"
                + " \"defaultPolicy\": \"consumer-standard\"}";
        PolicyCatalog read = PolicyJson.readCatalog(new StringReader(catalog), "catalog.json");
        Customer customer = Customer.builder(CustomerId.of("C1"), "Ana").build();

        assertEquals("strict", read.select(customer, RiskSegment.HIGH).id());
        assertEquals("consumer-standard", read.select(customer, RiskSegment.LOW).id());
        assertEquals("consumer-standard", read.select(customer, (RiskSegment) null).id());
    }

    @Test
    void catalogWithUnknownPolicyNamesSelectionPath() {
        String catalog = "{\"policies\": [" + VALID + "],"
                + " \"selection\": [{\"segment\": \"vip\", \"policy\": \"missing\"}],"
                + " \"defaultPolicy\": \"consumer-standard\"}";

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> PolicyJson.readCatalog(new StringReader(catalog), "catalog.json"));

        assertTrue(e.getMessage().startsWith("catalog.json is invalid: selection[0].policy:"
                + " 'missing' is not a policy id"), e.getMessage());
    }

    @Test
    void catalogNestedStepErrorIsPrefixed() {
        String catalog = "{\"policies\": [" + VALID.replace("\"offsetDays\": -3",
                "\"offsetDays\": 9999") + "], \"defaultPolicy\": \"consumer-standard\"}";

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> PolicyJson.readCatalog(new StringReader(catalog), "catalog.json"));

        assertTrue(e.getMessage().contains("policies[0].steps[0].offsetDays: must be between"),
                e.getMessage());
    }
}
