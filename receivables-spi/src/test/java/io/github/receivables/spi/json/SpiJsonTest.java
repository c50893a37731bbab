package io.github.receivables.spi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.event.DomainEvent;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.PayerRule;
import io.github.receivables.spi.store.StatementImport;
import io.github.receivables.spi.testkit.TestData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpiJsonTest {

    private final ObjectMapper mapper = ReceivablesJson.newMapper();
    private final TestData data = new TestData();

    private <T> T roundTrip(T value, Class<T> type) throws Exception {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }

    @Test
    void claimedOutboxRecordSurvivesRoundTrip() throws Exception {
        OutboxRecord claimed = OutboxRecord.pending(data.outboxEntry("K1", "C1"))
                .claimedBy("node-a", TestData.NOW, Duration.ofMinutes(5));

        assertEquals(claimed, roundTrip(claimed, OutboxRecord.class));
    }

    @Test
    void outboxInstantsAreIsoText() throws Exception {
        OutboxRecord record = OutboxRecord.pending(data.outboxEntry("K1", "C1"));

        assertEquals("2024-03-01T12:00:00.123456Z",
                mapper.valueToTree(record).get("entry").get("createdAt").asText());
    }

    @Test
    void everyDispatchOutcomeSurvivesRoundTrip() throws Exception {
        List<DispatchOutcome> outcomes = List.of(
                new DispatchOutcome.Sent(TestData.NOW, "m1"),
                new DispatchOutcome.Sent(TestData.NOW, null),
                new DispatchOutcome.Retry(TestData.NOW, "451", data.at(60)),
                new DispatchOutcome.Failed(TestData.NOW, "bounced"),
                new DispatchOutcome.Unknown(TestData.NOW, "timeout"));
        for (DispatchOutcome outcome : outcomes) {
            assertEquals(outcome, roundTrip(outcome, DispatchOutcome.class), outcome.toString());
        }
    }

    @Test
    void matchDecisionAndPayerRuleSurviveRoundTrip() throws Exception {
        MatchDecision decision = data.proposal("M1", TestData.NOW, "P1", "P2")
                .decide(MatchStatus.CONFIRMED, data.at(9), "ana")
                .withAllocations(List.of(AllocationId.of("A1")));
        PayerRule rule = new PayerRule("name:ACME", CustomerId.of("C1"), 3, 0, TestData.NOW);

        assertEquals(decision, roundTrip(decision, MatchDecision.class));
        assertEquals(rule, roundTrip(rule, PayerRule.class));
        assertEquals("0.8125", mapper.valueToTree(decision).get("confidence").asText());
    }

    @Test
    void statementImportSurvivesRoundTrip() throws Exception {
        StatementImport statement = new StatementImport("S1", null, TestData.NOW, 4);

        assertEquals(statement, roundTrip(statement, StatementImport.class));
    }

    @Test
    void everyDomainEventSurvivesRoundTrip() throws Exception {
        List<DomainEvent> events = List.of(
                new DomainEvent.PaymentRecorded(data.payment("P1", "C1", "camt:E1"),
                        TestData.NOW),
                new DomainEvent.AllocationApplied(data.allocation("A1", "P1", "D1"),
                        CustomerId.of("C1"), TestData.NOW),
                new DomainEvent.AllocationReversed(
                        data.allocation("A1", "P1", "D1").reverse(TestData.TODAY),
                        CustomerId.of("C1"), TestData.NOW),
                new DomainEvent.DocumentStatusChanged(DocumentId.of("D1"), CustomerId.of("C1"),
                        CollectionStatus.ACTIVE,
                        new CollectionStatus.WrittenOff(TestData.TODAY), TestData.NOW),
                new DomainEvent.ReminderSent("K1", CustomerId.of("C1"), ContactChannel.SMS,
                        List.of(DocumentId.of("D1")), "m1", TestData.NOW),
                new DomainEvent.ReminderFailed("K1", CustomerId.of("C1"), ContactChannel.EMAIL,
                        "bounced", false, TestData.NOW),
                new DomainEvent.MatchDecisionRecorded(MatchDecisionId.of("M1"),
                        MatchStatus.AUTO_APPLIED, List.of(PaymentId.of("P1")), TestData.NOW),
                new DomainEvent.StatementImported("S1", 10, 2, TestData.NOW));
        for (DomainEvent event : events) {
            assertEquals(event, roundTrip(event, DomainEvent.class),
                    event.getClass().getSimpleName());
        }
    }

    @Test
    void domainEventNamesItsType() throws Exception {
        DomainEvent event = new DomainEvent.StatementImported("S1", 10, 2, TestData.NOW);

        assertEquals("statementImported", mapper.valueToTree(event).get("type").asText());
    }
}
