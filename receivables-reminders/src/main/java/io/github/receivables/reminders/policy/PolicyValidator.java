package io.github.receivables.reminders.policy;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.ContactChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a policy's values and names the field path of every problem. */
final class PolicyValidator {

    static final int MIN_OFFSET = -365;
    static final int MAX_OFFSET = 3650;
    static final int MAX_STEPS = 20;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final List<String> problems = new ArrayList<>();

    private PolicyValidator() {}

    static List<String> validate(String id, List<ReminderStep> steps, Escalation escalation,
            Exclusions exclusions) {
        PolicyValidator validator = new PolicyValidator();
        validator.checkId("id", id);
        validator.checkSteps(steps);
        if (escalation != null) {
            validator.checkEscalation(escalation);
        }
        validator.checkExclusions(exclusions);
        return validator.problems;
    }

    static boolean isValidId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    private static boolean isReserved(String stepId) {
        return "factor-notice".equals(stepId) || "escalation".equals(stepId)
                || stepId != null && stepId.startsWith("broken-promise-");
    }

    private void checkId(String path, String value) {
        if (!isValidId(value)) {
            problems.add(path + ": must be 1 to 64 letters, digits, '.', '_' or '-' starting with"
                    + " a letter or digit, got '" + value + "'");
        }
    }

    private void checkSteps(List<ReminderStep> steps) {
        if (steps.isEmpty()) {
            problems.add("steps: must list at least one step");
        }
        if (steps.size() > MAX_STEPS) {
            problems.add("steps: must list at most " + MAX_STEPS + " steps, got " + steps.size());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            ReminderStep step = steps.get(i);
            String path = "steps[" + i + "]";
            checkId(path + ".id", step.id());
            if (isReserved(step.id())) {
                problems.add(path + ".id: '" + step.id() + "' is reserved for special actions;"
                        + " choose another id");
            }
            if (!ids.add(step.id())) {
                problems.add(path + ".id: '" + step.id() + "' is used by an earlier step");
            }
            checkStep(path, step);
            if (i > 0 && step.offsetDays() <= steps.get(i - 1).offsetDays()) {
                problems.add(path + ".offsetDays: must be greater than the previous step's "
                        + steps.get(i - 1).offsetDays() + ", got " + step.offsetDays()
                        + "; list steps in date order");
            }
        }
    }

    private void checkStep(String path, ReminderStep step) {
        if (step.offsetDays() < MIN_OFFSET || step.offsetDays() > MAX_OFFSET) {
            problems.add(path + ".offsetDays: must be between " + MIN_OFFSET + " and "
                    + MAX_OFFSET + ", got " + step.offsetDays());
        }
        if (step.channels().isEmpty()) {
            problems.add(path + ".channels: must list at least one channel");
        }
        Set<ContactChannel> seen = new HashSet<>();
        for (int c = 0; c < step.channels().size(); c++) {
            if (!seen.add(step.channels().get(c))) {
                problems.add(path + ".channels[" + c + "]: " + step.channels().get(c)
                        + " is listed twice");
            }
        }
        checkId(path + ".template", step.templateId());
    }

    private void checkEscalation(Escalation escalation) {
        if (escalation.daysAfterLastStep() < 0 || escalation.daysAfterLastStep() > MAX_OFFSET) {
            problems.add("escalation.daysAfterLastStep: must be between 0 and " + MAX_OFFSET
                    + ", got " + escalation.daysAfterLastStep());
        }
        checkId("escalation.queue", escalation.queue());
        checkId("escalation.template", escalation.templateId());
    }

    private void checkExclusions(Exclusions exclusions) {
        if (exclusions.factor() == FactorAction.SEND_FACTOR_NOTICE) {
            checkId("exclusions.factorTemplate", exclusions.factorTemplateId());
        } else if (exclusions.factorTemplateId() != null) {
            problems.add("exclusions.factorTemplate: is set but factor is STOP; remove it or set"
                    + " factor to SEND_FACTOR_NOTICE");
        }
        Set<String> currencies = new HashSet<>();
        List<Money> minimums = exclusions.minimumBalances();
        for (int i = 0; i < minimums.size(); i++) {
            Money minimum = minimums.get(i);
            String path = "exclusions.minimumBalance[" + i + "]";
            if (minimum.isNegative()) {
                problems.add(path + ".amount: must not be negative, got " + minimum);
            }
            if (!currencies.add(minimum.currency().getCurrencyCode())) {
                problems.add(path + ".currency: " + minimum.currency().getCurrencyCode()
                        + " has an earlier minimum");
            }
        }
    }
}
