package io.github.receivables.reminders.policy;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.ContactChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dunning policy as data: steps relative to each item's due date, an optional hand-over to a
 * person after the last step, and exclusions. Build one with {@link #builder(String)} or read
 * one with {@link PolicyJson}.
 *
 * <p>Steps are evaluated per open item: each item moves through the steps on its own, so paying
 * one item never makes another skip a step.
 *
 * @param id the policy id; 1 to 64 letters, digits, '.', '_' or '-'
 * @param steps the steps in strictly increasing offset order; 1 to 20
 * @param escalation the hand-over to a person after the last step, or null for none
 * @param keyAccount true to turn every step into a task for a person instead of a message, for
 *     accounts a person handles
 * @param exclusions the configurable exclusions; never null
 */
public record ReminderPolicy(
        String id,
        List<ReminderStep> steps,
        Escalation escalation,
        boolean keyAccount,
        Exclusions exclusions) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if id, steps, a step or exclusions is null
     * @throws PolicyValidationException listing every invalid field by its path, such as
     *     {@code steps[2].offsetDays}
     */
    public ReminderPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(exclusions, "exclusions");
        steps = List.copyOf(steps);
        List<String> problems = PolicyValidator.validate(id, steps, escalation, exclusions);
        if (!problems.isEmpty()) {
            throw new PolicyValidationException("reminder policy '" + id + "'", problems);
        }
    }

    /**
     * Starts a builder.
     *
     * @param id the policy id
     * @return a builder with no steps, no escalation and {@link Exclusions#DEFAULTS}
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns the hand-over to a person after the last step.
     *
     * @return the escalation, or empty when the policy has none
     */
    public Optional<Escalation> findEscalation() {
        return Optional.ofNullable(escalation);
    }

    /**
     * Returns the index of a step.
     *
     * @param stepId the step id
     * @return the index, or -1 when no step has that id
     */
    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    /** Builds a {@link ReminderPolicy}; {@link #build()} validates everything. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final List<ReminderStep> steps = new ArrayList<>();
        private Escalation escalation;
        private boolean keyAccount;
        private BrokenPromiseAction brokenPromise = BrokenPromiseAction.RESUME;
        private FactorAction factor = FactorAction.STOP;
        private String factorTemplateId;
        private final List<Money> minimums = new ArrayList<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Adds a step after those already added.
         *
         * @param stepId the step id
         * @param offsetDays days from the due date, negative before it
         * @param tone the tone
         * @param templateId the template id
         * @param channels the channels in order of preference, at least one
         * @return this builder
         */
        public Builder step(String stepId, int offsetDays, Tone tone, String templateId,
                ContactChannel... channels) {
            steps.add(new ReminderStep(stepId, offsetDays, Arrays.asList(channels), tone,
                    templateId));
            return this;
        }

        /**
         * Adds a task for a person a number of days after the last step.
         *
         * @param daysAfterLastStep days after the last step, zero or more
         * @param queue the work queue
         * @param templateId the template of the task text
         * @return this builder
         */
        public Builder escalateAfterLastStep(int daysAfterLastStep, String queue,
                String templateId) {
            this.escalation = new Escalation(daysAfterLastStep, queue, templateId);
            return this;
        }

        /**
         * Marks the policy as one for key accounts: every step becomes a task for a person.
         *
         * @param value true for key accounts
         * @return this builder
         */
        public Builder keyAccount(boolean value) {
            this.keyAccount = value;
            return this;
        }

        /**
         * Sets what happens after a broken promise.
         *
         * @param value resume or escalate
         * @return this builder
         */
        public Builder brokenPromise(BrokenPromiseAction value) {
            this.brokenPromise = Objects.requireNonNull(value, "brokenPromise");
            return this;
        }

        /**
         * Stops reminders for items assigned to a factor.
         *
         * @return this builder
         */
        public Builder stopWhenFactored() {
            this.factor = FactorAction.STOP;
            this.factorTemplateId = null;
            return this;
        }

        /**
         * Sends one notice with the factor's payment instructions for items assigned to a factor.
         *
         * @param templateId the template of the notice
         * @return this builder
         */
        public Builder sendFactorNotice(String templateId) {
            this.factor = FactorAction.SEND_FACTOR_NOTICE;
            this.factorTemplateId = Objects.requireNonNull(templateId, "templateId");
            return this;
        }

        /**
         * Adds the smallest due balance worth a reminder in one currency.
         *
         * @param minimum the minimum, zero or more
         * @return this builder
         */
        public Builder minimumBalance(Money minimum) {
            minimums.add(Objects.requireNonNull(minimum, "minimum"));
            return this;
        }

        /**
         * Builds and validates the policy.
         *
         * @return the policy; never null
         * @throws PolicyValidationException listing every invalid field by its path
         */
        public ReminderPolicy build() {
            Exclusions exclusions = new Exclusions(brokenPromise, factor, factorTemplateId,
                    minimums);
            return new ReminderPolicy(id, steps, escalation, keyAccount, exclusions);
        }
    }
}
