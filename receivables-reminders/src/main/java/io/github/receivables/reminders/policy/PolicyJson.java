package io.github.receivables.reminders.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.ContactChannel;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Reads reminder policies and policy catalogs from JSON. Every problem in a file is reported at
 * once with its field path, such as {@code policies[0].steps[2].offsetDays: must be a whole
 * number, got "x"}. The format is described in docs/reminders.md. Thread-safe.
 */
public final class PolicyJson {

    private static final Set<String> POLICY_FIELDS =
            Set.of("id", "steps", "escalation", "keyAccount", "exclusions");
    private static final Set<String> STEP_FIELDS =
            Set.of("id", "offsetDays", "channels", "tone", "template");
    private static final Set<String> ESCALATION_FIELDS =
            Set.of("daysAfterLastStep", "queue", "template");
    private static final Set<String> EXCLUSION_FIELDS =
            Set.of("brokenPromise", "factor", "factorTemplate", "minimumBalance");
    private static final Set<String> MONEY_FIELDS = Set.of("amount", "currency");
    private static final Set<String> CATALOG_FIELDS =
            Set.of("policies", "selection", "defaultPolicy");
    private static final Set<String> RULE_FIELDS = Set.of("segment", "risk", "policy");

    private PolicyJson() {}

    /**
     * Reads one policy.
     *
     * @param json the JSON text; never null
     * @param source the file or resource name for messages; never null
     * @return the policy; never null
     * @throws PolicyValidationException listing every problem with its field path
     */
    public static ReminderPolicy readPolicy(Reader json, String source) {
        JsonNode root = JsonReader.parse(json, source);
        JsonReader reader = new JsonReader();
        ReminderPolicy policy = policy(reader, root, "");
        throwIfProblems(reader, source);
        return policy;
    }

    /**
     * Reads one policy from a string.
     *
     * @param json the JSON text; never null
     * @return the policy; never null
     * @throws PolicyValidationException listing every problem with its field path
     */
    public static ReminderPolicy readPolicy(String json) {
        return readPolicy(new StringReader(json), "policy JSON");
    }

    /**
     * Reads a catalog: policies, selection rules and the default policy id.
     *
     * @param json the JSON text; never null
     * @param source the file or resource name for messages; never null
     * @return the catalog; never null
     * @throws PolicyValidationException listing every problem with its field path
     */
    public static PolicyCatalog readCatalog(Reader json, String source) {
        JsonNode root = JsonReader.parse(json, source);
        JsonReader reader = new JsonReader();
        if (!reader.object(root, "", CATALOG_FIELDS)) {
            throwIfProblems(reader, source);
        }
        List<ReminderPolicy> policies = new ArrayList<>();
        List<JsonNode> policyNodes = reader.array(root, "", "policies", true);
        for (int i = 0; i < policyNodes.size(); i++) {
            ReminderPolicy policy = policy(reader, policyNodes.get(i), "policies[" + i + "]");
            if (policy != null) {
                policies.add(policy);
            }
        }
        List<SelectionRule> rules = rules(reader, root);
        String defaultId = reader.text(root, "", "defaultPolicy");
        throwIfProblems(reader, source);
        try {
            return new PolicyCatalog(policies, rules, defaultId);
        } catch (PolicyValidationException e) {
            throw new PolicyValidationException(source, e.problems());
        }
    }

    private static List<SelectionRule> rules(JsonReader reader, JsonNode root) {
        List<SelectionRule> rules = new ArrayList<>();
        List<JsonNode> nodes = reader.array(root, "", "selection", false);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "selection[" + i + "]";
            if (!reader.object(nodes.get(i), path, RULE_FIELDS)) {
                continue;
            }
            String segment = reader.optionalText(nodes.get(i), path, "segment");
            String risk = reader.optionalText(nodes.get(i), path, "risk");
            String policy = reader.text(nodes.get(i), path, "policy");
            if (segment == null && risk == null) {
                reader.problem(path, "needs a segment, a risk or both");
            } else if (policy != null) {
                rules.add(new SelectionRule(segment, risk, policy));
            }
        }
        return rules;
    }

    private static ReminderPolicy policy(JsonReader reader, JsonNode node, String path) {
        if (!reader.object(node, path, POLICY_FIELDS)) {
            return null;
        }
        int before = reader.problems().size();
        String id = reader.text(node, path, "id");
        List<ReminderStep> steps = steps(reader, node, path);
        Escalation escalation = escalation(reader, node.get("escalation"),
                JsonReader.join(path, "escalation"));
        boolean keyAccount = reader.bool(node, path, "keyAccount", false);
        Exclusions exclusions = exclusions(reader, node.get("exclusions"),
                JsonReader.join(path, "exclusions"));
        if (reader.problems().size() > before) {
            return null;
        }
        try {
            return new ReminderPolicy(id, steps, escalation, keyAccount, exclusions);
        } catch (PolicyValidationException e) {
            for (String problem : e.problems()) {
                reader.problems().add(path.isEmpty() ? problem : path + "." + problem);
            }
            return null;
        }
    }

    private static List<ReminderStep> steps(JsonReader reader, JsonNode node, String path) {
        List<ReminderStep> steps = new ArrayList<>();
        List<JsonNode> nodes = reader.array(node, path, "steps", true);
        for (int i = 0; i < nodes.size(); i++) {
            String stepPath = JsonReader.join(path, "steps[" + i + "]");
            JsonNode step = nodes.get(i);
            if (!reader.object(step, stepPath, STEP_FIELDS)) {
                continue;
            }
            String id = reader.text(step, stepPath, "id");
            Integer offset = reader.integer(step, stepPath, "offsetDays");
            List<ContactChannel> channels = channels(reader, step, stepPath);
            Tone tone = reader.enumValue(step, stepPath, "tone", Tone.class);
            String template = reader.text(step, stepPath, "template");
            if (id != null && offset != null && tone != null && template != null) {
                steps.add(new ReminderStep(id, offset, channels, tone, template));
            }
        }
        return steps;
    }

    private static List<ContactChannel> channels(JsonReader reader, JsonNode step, String path) {
        List<ContactChannel> channels = new ArrayList<>();
        List<JsonNode> nodes = reader.array(step, path, "channels", true);
        for (int c = 0; c < nodes.size(); c++) {
            String channelPath = JsonReader.join(path, "channels[" + c + "]");
            if (!nodes.get(c).isTextual()) {
                reader.problem(channelPath, "must be a channel name such as \"EMAIL\"");
                continue;
            }
            ContactChannel channel = reader.enumOf(nodes.get(c).asText(), channelPath,
                    ContactChannel.class);
            if (channel != null) {
                channels.add(channel);
            }
        }
        return channels;
    }

    private static Escalation escalation(JsonReader reader, JsonNode node, String path) {
        if (node == null || node.isNull() || !reader.object(node, path, ESCALATION_FIELDS)) {
            return null;
        }
        Integer days = reader.integer(node, path, "daysAfterLastStep");
        String queue = reader.text(node, path, "queue");
        String template = reader.text(node, path, "template");
        if (days == null || queue == null || template == null) {
            return null;
        }
        return new Escalation(days, queue, template);
    }

    private static Exclusions exclusions(JsonReader reader, JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Exclusions.DEFAULTS;
        }
        if (!reader.object(node, path, EXCLUSION_FIELDS)) {
            return Exclusions.DEFAULTS;
        }
        BrokenPromiseAction broken = node.has("brokenPromise")
                ? reader.enumValue(node, path, "brokenPromise", BrokenPromiseAction.class)
                : BrokenPromiseAction.RESUME;
        FactorAction factor = node.has("factor")
                ? reader.enumValue(node, path, "factor", FactorAction.class)
                : FactorAction.STOP;
        String factorTemplate = reader.optionalText(node, path, "factorTemplate");
        List<Money> minimums = minimums(reader, node, path);
        if (broken == null || factor == null) {
            return Exclusions.DEFAULTS;
        }
        return new Exclusions(broken, factor, factorTemplate, minimums);
    }

    private static List<Money> minimums(JsonReader reader, JsonNode node, String path) {
        List<Money> minimums = new ArrayList<>();
        List<JsonNode> nodes = reader.array(node, path, "minimumBalance", false);
        for (int i = 0; i < nodes.size(); i++) {
            String moneyPath = JsonReader.join(path, "minimumBalance[" + i + "]");
            if (!reader.object(nodes.get(i), moneyPath, MONEY_FIELDS)) {
                continue;
            }
            BigDecimal amount = reader.decimal(nodes.get(i), moneyPath, "amount");
            Currency currency = currency(reader, nodes.get(i), moneyPath);
            if (amount == null || currency == null) {
                continue;
            }
            try {
                minimums.add(Money.of(amount, currency));
            } catch (ArithmeticException e) {
                reader.problem(JsonReader.join(moneyPath, "amount"), e.getMessage());
            }
        }
        return minimums;
    }

    private static Currency currency(JsonReader reader, JsonNode node, String path) {
        String code = reader.text(node, path, "currency");
        if (code == null) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                reader.problem(JsonReader.join(path, "currency"), "'" + code
                        + "' has no fixed number of decimals");
                return null;
            }
            return currency;
        } catch (IllegalArgumentException e) {
            reader.problem(JsonReader.join(path, "currency"), "'" + code
                    + "' is not an ISO 4217 currency code such as CLP");
            return null;
        }
    }

    private static void throwIfProblems(JsonReader reader, String source) {
        if (!reader.problems().isEmpty()) {
            throw new PolicyValidationException(source, reader.problems());
        }
    }
}
