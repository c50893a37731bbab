package io.github.receivables.reminders.policy;

import java.util.Objects;

/**
 * Chooses a policy for customers of a segment, of a risk segment, or both.
 *
 * @param segment the customer segment to match, or null for any
 * @param risk the risk segment to match, such as {@code HIGH}, or null for any
 * @param policyId the policy chosen on a match; never null
 */
public record SelectionRule(String segment, String risk, String policyId) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if policyId is null
     * @throws IllegalArgumentException if both segment and risk are null
     */
    public SelectionRule {
        Objects.requireNonNull(policyId, "policyId");
        if (segment == null && risk == null) {
            throw new IllegalArgumentException("selection rule for policy " + policyId
                    + " needs a segment, a risk or both");
        }
    }

    /**
     * Tells whether the rule matches.
     *
     * @param customerSegment the customer's segment; never null
     * @param riskSegment the customer's risk segment, or null when unknown
     * @return true if every condition the rule sets is met
     */
    public boolean matches(String customerSegment, String riskSegment) {
        boolean segmentMatches = segment == null || segment.equals(customerSegment);
        boolean riskMatches = risk == null || risk.equals(riskSegment);
        return segmentMatches && riskMatches;
    }
}
