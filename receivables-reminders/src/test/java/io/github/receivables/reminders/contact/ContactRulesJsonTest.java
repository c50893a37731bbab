package io.github.receivables.reminders.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reminders.policy.PolicyValidationException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ContactRulesJsonTest {

    private static final String CHILEAN_CONSUMER = "{\n"
            + "  \"id\": \"cl-consumer\",\n"
            + "  \"windows\": [\n"
            + "    {\"channels\": [\"CALLS_AND_VISITS\"], \"days\": [\"MONDAY\", \"TUESDAY\","
            + " \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\", \"SATURDAY\"], \"start\": \"08:00\","
            + " \"end\": \"20:00\", \"closedOnHolidays\": true},\n"
            + "    {\"channels\": [\"WRITTEN\"], \"days\": [\"MONDAY\", \"TUESDAY\","
            + " \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\", \"SATURDAY\"], \"start\": \"08:00\","
            + " \"end\": \"20:00\"}\n"
            + "  ],\n"
            + "  \"caps\": [\n"
            + "    {\"channels\": [\"WRITTEN\"], \"max\": 2, \"period\": \"ROLLING_7_DAYS\","
            + " \"minDaysApart\": 2},\n"
            + "    {\"channels\": [\"CALL\", \"VISIT\"], \"max\": 1, \"period\":"
            + " \"ROLLING_7_DAYS\"}\n"
            + "  ],\n"
            + "  \"minGap\": \"PT4H\",\n"
            + "  \"noContactWhen\": [\"SUED\", \"INSOLVENT\"]\n"
            + "}";

    @Test
    void jsonChileanSetEqualsBuiltIn() {
        ContactRules read = ContactRulesJson.read(new StringReader(CHILEAN_CONSUMER),
                "rules.json", Holidays.chile());

        assertEquals(ContactRules.chileanConsumer(Holidays.chile()), read);
    }

    @Test
    void badTimeAndPeriodNameTheirPaths() {
        String json = CHILEAN_CONSUMER.replace("\"start\": \"08:00\", \"end\": \"20:00\","
                + " \"closedOnHolidays\"", "\"start\": \"8h\", \"end\": \"20:00\","
                + " \"closedOnHolidays\"").replace("\"period\": \"ROLLING_7_DAYS\","
                        + " \"minDaysApart\"", "\"period\": \"WEEKLY\", \"minDaysApart\"");

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> ContactRulesJson.read(new StringReader(json), "rules.json",
                        Holidays.chile()));

        assertTrue(e.problems().contains("windows[0].start: '8h' is not a time of day such as"
                + " 08:00"), e.getMessage());
        assertTrue(e.getMessage().contains("caps[0].period: 'WEEKLY' is not one of"),
                e.getMessage());
    }

    @Test
    void badGapAndStatusAreReported() {
        String json = CHILEAN_CONSUMER.replace("PT4H", "4 hours").replace("\"SUED\"",
                "\"JAILED\"");

        PolicyValidationException e = assertThrows(PolicyValidationException.class,
                () -> ContactRulesJson.read(new StringReader(json), "rules.json",
                        Holidays.chile()));

        assertTrue(e.getMessage().contains("minGap: '4 hours' is not an ISO-8601 duration"),
                e.getMessage());
        assertTrue(e.getMessage().contains("noContactWhen[0]: 'JAILED' is not one of"),
                e.getMessage());
    }
}
