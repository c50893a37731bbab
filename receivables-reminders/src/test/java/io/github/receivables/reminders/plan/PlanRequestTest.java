package io.github.receivables.reminders.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.receivables.core.metrics.RiskSegment;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.Fixtures;
import io.github.receivables.reminders.contact.ContactRulebook;
import io.github.receivables.reminders.policy.PolicyCatalog;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanRequestTest {

    private static final CustomerId RISKY = CustomerId.of("C1");

    @Test
    void behaviourRiskSegmentReachesSelectorAsName() {
        Map<CustomerId, RiskSegment> segments = Map.of(RISKY, RiskSegment.CRITICAL);
        PlanRequest request = PlanRequest.builder(PolicyCatalog.of(Fixtures.standardPolicy()),
                        ContactRulebook.chile())
                .now(Instant.parse("2025-06-02T12:00:00Z"))
                .riskSegmentsFromBehaviour(segments::get)
                .build();

        assertEquals("CRITICAL", request.riskSegments().apply(RISKY));
        assertNull(request.riskSegments().apply(CustomerId.of("C2")));
    }

    @Test
    void stringRiskSegmentStillAccepted() {
        PlanRequest request = PlanRequest.builder(PolicyCatalog.of(Fixtures.standardPolicy()),
                        ContactRulebook.chile())
                .now(Instant.parse("2025-06-02T12:00:00Z"))
                .riskSegments(id -> "vip-risk")
                .build();

        assertEquals("vip-risk", request.riskSegments().apply(RISKY));
    }
}
