package io.github.receivables.reminders.policy;

import io.github.receivables.core.party.Customer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of policies with rules that choose one per customer: the first rule whose segment and
 * risk match wins, else the default policy. Immutable and thread-safe.
 */
public final class PolicyCatalog implements PolicySelector {

    private final Map<String, ReminderPolicy> policies;
    private final List<SelectionRule> rules;
    private final ReminderPolicy defaultPolicy;

    /**
     * Creates a catalog.
     *
     * @param policies the policies, with distinct ids; never empty
     * @param rules the selection rules in order; never null
     * @param defaultPolicyId the policy for customers no rule matches; never null
     * @throws PolicyValidationException if ids repeat or a rule or the default names an unknown
     *     policy, naming the field path of each problem
     */
    public PolicyCatalog(List<ReminderPolicy> policies, List<SelectionRule> rules,
            String defaultPolicyId) {
        Objects.requireNonNull(defaultPolicyId, "defaultPolicyId");
        List<String> problems = new ArrayList<>();
        Map<String, ReminderPolicy> byId = new LinkedHashMap<>();
        for (int i = 0; i < policies.size(); i++) {
            ReminderPolicy policy = policies.get(i);
            if (byId.putIfAbsent(policy.id(), policy) != null) {
                problems.add("policies[" + i + "].id: '" + policy.id() + "' is used twice");
            }
        }
        if (policies.isEmpty()) {
            problems.add("policies: must list at least one policy");
        }
        for (int i = 0; i < rules.size(); i++) {
            if (!byId.containsKey(rules.get(i).policyId())) {
                problems.add("selection[" + i + "].policy: '" + rules.get(i).policyId()
                        + "' is not a policy id of this catalog; known ids are " + byId.keySet());
            }
        }
        if (!byId.containsKey(defaultPolicyId)) {
            problems.add("defaultPolicy: '" + defaultPolicyId + "' is not a policy id of this"
                    + " catalog; known ids are " + byId.keySet());
        }
        if (!problems.isEmpty()) {
            throw new PolicyValidationException("policy catalog", problems);
        }
        this.policies = Map.copyOf(byId);
        this.rules = List.copyOf(rules);
        this.defaultPolicy = byId.get(defaultPolicyId);
    }

    /**
     * Creates a catalog with one policy for every customer.
     *
     * @param policy the policy; never null
     * @return the catalog; never null
     */
    public static PolicyCatalog of(ReminderPolicy policy) {
        return new PolicyCatalog(List.of(policy), List.of(), policy.id());
    }

    @Override
    public ReminderPolicy select(Customer customer, String riskSegment) {
        for (SelectionRule rule : rules) {
            if (rule.matches(customer.segment(), riskSegment)) {
                return policies.get(rule.policyId());
            }
        }
        return defaultPolicy;
    }

    /**
     * Returns a policy by id.
     *
     * @param policyId the id; never null
     * @return the policy, or empty when the catalog has none with that id
     */
    public Optional<ReminderPolicy> find(String policyId) {
        return Optional.ofNullable(policies.get(policyId));
    }

    /**
     * Returns the selection rules.
     *
     * @return the rules in order; never null
     */
    public List<SelectionRule> rules() {
        return rules;
    }

    /**
     * Returns the policy for customers no rule matches.
     *
     * @return the default policy; never null
     */
    public ReminderPolicy defaultPolicy() {
        return defaultPolicy;
    }
}
