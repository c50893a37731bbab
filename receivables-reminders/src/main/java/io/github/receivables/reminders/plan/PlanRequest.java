package io.github.receivables.reminders.plan;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.metrics.RiskSegment;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.contact.ContactRulebook;
import io.github.receivables.reminders.policy.PolicySelector;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the planner reads. Build with {@link #builder}.
 *
 * @param items the open items; never null
 * @param customers the customers of the items, by id; never null
 * @param history what reminders already did; never null
 * @param policies chooses each customer's policy; never null
 * @param contactRules the contact rules per debtor regime; never null
 * @param now the moment to plan for; never null
 * @param riskSegments the risk segment per customer for policy choice, returning null when
 *     unknown; never null
 * @param regions the ISO 3166-2 region per customer for regional holidays, returning null when
 *     unknown, in which case the holiday calendar is asked for the country of the customer's
 *     tax id, or for {@link io.github.receivables.reminders.contact.ContactBudget#FALLBACK_COUNTRY}
 *     without one; never null
 */
public record PlanRequest(
        Collection<OpenItem> items,
        Map<CustomerId, Customer> customers,
        ReminderHistory history,
        PolicySelector policies,
        ContactRulebook contactRules,
        Instant now,
        Function<CustomerId, String> riskSegments,
        Function<CustomerId, String> regions) {

    /**
     * Validates the components. The collections are not copied, so planning a million items
     * costs no copy; the caller must not change them while planning.
     *
     * @throws NullPointerException if a component is null
     */
    public PlanRequest {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(contactRules, "contactRules");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(riskSegments, "riskSegments");
        Objects.requireNonNull(regions, "regions");
    }

    /**
     * Starts a builder with the required inputs.
     *
     * @param policies chooses each customer's policy
     * @param contactRules the contact rules per regime
     * @return a builder with no items, no customers, empty history, no risk segments and no
     *     regions; never null
     */
    public static Builder builder(PolicySelector policies, ContactRulebook contactRules) {
        return new Builder(policies, contactRules);
    }

    /**
     * Returns a copy planned for another moment, such as for a dry run on a chosen date.
     *
     * @param moment the moment; never null
     * @return the copy; never null
     */
    public PlanRequest at(Instant moment) {
        return new PlanRequest(items, customers, history, policies, contactRules, moment,
                riskSegments, regions);
    }

    /**
     * Returns a copy with another history.
     *
     * @param newHistory the history; never null
     * @return the copy; never null
     */
    public PlanRequest withHistory(ReminderHistory newHistory) {
        return new PlanRequest(items, customers, newHistory, policies, contactRules, now,
                riskSegments, regions);
    }

    /** Builds a {@link PlanRequest}. Not thread-safe. */
    public static final class Builder {
        private final PolicySelector policies;
        private final ContactRulebook contactRules;
        private Collection<OpenItem> items = List.of();
        private Map<CustomerId, Customer> customers = Map.of();
        private ReminderHistory history = ReminderHistory.empty();
        private Instant now;
        private Function<CustomerId, String> riskSegments = id -> null;
        private Function<CustomerId, String> regions = id -> null;

        private Builder(PolicySelector policies, ContactRulebook contactRules) {
            this.policies = Objects.requireNonNull(policies, "policies");
            this.contactRules = Objects.requireNonNull(contactRules, "contactRules");
        }

        /**
         * Sets the open items.
         *
         * @param value the items
         * @return this builder
         */
        public Builder items(Collection<OpenItem> value) {
            this.items = Objects.requireNonNull(value, "items");
            return this;
        }

        /**
         * Sets the customers.
         *
         * @param value the customers
         * @return this builder
         */
        public Builder customers(Collection<Customer> value) {
            Map<CustomerId, Customer> byId = new HashMap<>(value.size() * 2);
            for (Customer customer : value) {
                byId.put(customer.id(), customer);
            }
            this.customers = byId;
            return this;
        }

        /**
         * Sets the history.
         *
         * @param value the history
         * @return this builder
         */
        public Builder history(ReminderHistory value) {
            this.history = Objects.requireNonNull(value, "history");
            return this;
        }

        /**
         * Sets the moment to plan for.
         *
         * @param value the moment
         * @return this builder
         */
        public Builder now(Instant value) {
            this.now = Objects.requireNonNull(value, "now");
            return this;
        }

        /**
         * Sets the risk segment lookup.
         *
         * @param value returns a customer's risk segment or null
         * @return this builder
         */
        public Builder riskSegments(Function<CustomerId, String> value) {
            this.riskSegments = Objects.requireNonNull(value, "riskSegments");
            return this;
        }

        /**
         * Sets the risk segment lookup from payment behaviour, such as the segments that
         * {@link io.github.receivables.core.metrics.BehaviourAnalyzer} computes. Each segment
         * reaches the policy selector as its name, such as {@code HIGH}.
         *
         * @param value returns a customer's risk segment or null when unknown; never null
         * @return this builder
         */
        public Builder riskSegmentsFromBehaviour(Function<CustomerId, RiskSegment> value) {
            Objects.requireNonNull(value, "riskSegments");
            this.riskSegments = id -> {
                RiskSegment segment = value.apply(id);
                return segment == null ? null : segment.name();
            };
            return this;
        }

        /**
         * Sets the region lookup.
         *
         * @param value returns a customer's ISO 3166-2 region or null
         * @return this builder
         */
        public Builder regions(Function<CustomerId, String> value) {
            this.regions = Objects.requireNonNull(value, "regions");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request; never null
         * @throws NullPointerException if now was not set
         */
        public PlanRequest build() {
            return new PlanRequest(items, customers, history, policies, contactRules, now,
                    riskSegments, regions);
        }
    }
}
