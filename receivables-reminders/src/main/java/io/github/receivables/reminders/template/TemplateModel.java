package io.github.receivables.reminders.template;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The data a reminder template can use. Templates see formatted strings, numbers, booleans and
 * the {@code items} list; the names are fixed, listed in {@link #FIELDS} and {@link #ITEM_FIELDS},
 * and a template that uses any other name fails to load.
 *
 * <p>Top-level fields: {@code customerName}, {@code creditorName}, {@code creditorPhone},
 * {@code creditorEmail}, {@code asOfDate}, {@code totalDue}, {@code currency}, {@code itemCount},
 * {@code multipleItems}, {@code items}, {@code oldestDueDate}, {@code maxDaysOverdue},
 * {@code anyOverdue}, {@code paymentLink}, {@code hasPaymentLink}, {@code paymentReference},
 * {@code hasPaymentReference}, {@code factorName}, {@code factorInstructions}, {@code queue},
 * {@code reason}. Each item has {@code number}, {@code dueDate}, {@code amount},
 * {@code daysOverdue}, {@code overdue} and {@code daysUntilDue}.
 *
 * @param customerName the debtor's name; never null
 * @param creditor who collects; never null
 * @param locale the message locale for amounts and dates; never null
 * @param asOf the day the message is written for; never null
 * @param items the items listed, all in one currency; never empty
 * @param paymentLink the payment URL, or null
 * @param paymentReference the structured payment reference, or null
 * @param factorName the factor to pay, for factor notices, or null
 * @param factorInstructions how to pay the factor, or null
 * @param queue the work queue of a task for a person, or null
 * @param reason why a task was created, or null
 */
public record TemplateModel(
        String customerName,
        Creditor creditor,
        Locale locale,
        LocalDate asOf,
        List<ItemLine> items,
        String paymentLink,
        String paymentReference,
        String factorName,
        String factorInstructions,
        String queue,
        String reason) {

    /** The top-level names a template may use. */
    public static final Set<String> FIELDS = Set.of("customerName", "creditorName",
            "creditorPhone", "creditorEmail", "asOfDate", "totalDue", "currency", "itemCount",
            "multipleItems", "items", "oldestDueDate", "maxDaysOverdue", "anyOverdue",
            "paymentLink", "hasPaymentLink", "paymentReference", "hasPaymentReference",
            "factorName", "factorInstructions", "queue", "reason");

    /** The names a template may use inside {@code {{#items}}}. */
    public static final Set<String> ITEM_FIELDS = Set.of("number", "dueDate", "amount",
            "daysOverdue", "overdue", "daysUntilDue");

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if items is empty or mixes currencies
     */
    public TemplateModel {
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a message model needs at least one item");
        }
        for (ItemLine item : items) {
            if (!item.open().currency().equals(items.get(0).open().currency())) {
                throw new IllegalArgumentException("message items mix currencies "
                        + items.get(0).open().currency() + " and " + item.open().currency()
                        + "; send one message per currency");
            }
        }
    }

    /**
     * Returns the total open amount of the items.
     *
     * @return the sum; never null
     */
    public Money total() {
        Money total = Money.zero(items.get(0).open().currency());
        for (ItemLine item : items) {
            total = total.plus(item.open());
        }
        return total;
    }

    /**
     * Builds the scope a Mustache template renders against.
     *
     * @return a map from each name in {@link #FIELDS} to its value; never null
     */
    public Map<String, Object> toScope() {
        Map<String, Object> scope = new HashMap<>(32);
        scope.put("customerName", customerName);
        scope.put("creditorName", creditor.name());
        scope.put("creditorPhone", creditor.phone());
        scope.put("creditorEmail", creditor.email());
        scope.put("asOfDate", LocalizedFormat.date(asOf, locale));
        scope.put("totalDue", LocalizedFormat.money(total(), locale));
        scope.put("currency", items.get(0).open().currency().getCurrencyCode());
        scope.put("itemCount", items.size());
        scope.put("multipleItems", items.size() > 1);
        putItems(scope);
        scope.put("paymentLink", paymentLink == null ? "" : paymentLink);
        scope.put("hasPaymentLink", paymentLink != null);
        scope.put("paymentReference", paymentReference == null ? "" : paymentReference);
        scope.put("hasPaymentReference", paymentReference != null);
        scope.put("factorName", factorName == null ? "" : factorName);
        scope.put("factorInstructions", factorInstructions == null ? "" : factorInstructions);
        scope.put("queue", queue == null ? "" : queue);
        scope.put("reason", reason == null ? "" : reason);
        return scope;
    }

    private void putItems(Map<String, Object> scope) {
        List<Map<String, Object>> lines = new ArrayList<>(items.size());
        LocalDate oldest = items.get(0).dueDate();
        long maxOverdue = 0;
        for (ItemLine item : items) {
            long overdue = ChronoUnit.DAYS.between(item.dueDate(), asOf);
            Map<String, Object> line = new HashMap<>(8);
            line.put("number", item.number());
            line.put("dueDate", LocalizedFormat.date(item.dueDate(), locale));
            line.put("amount", LocalizedFormat.money(item.open(), locale));
            line.put("daysOverdue", Math.max(0, overdue));
            line.put("overdue", overdue > 0);
            line.put("daysUntilDue", Math.max(0, -overdue));
            lines.add(line);
            oldest = item.dueDate().isBefore(oldest) ? item.dueDate() : oldest;
            maxOverdue = Math.max(maxOverdue, overdue);
        }
        scope.put("items", lines);
        scope.put("oldestDueDate", LocalizedFormat.date(oldest, locale));
        scope.put("maxDaysOverdue", maxOverdue);
        scope.put("anyOverdue", maxOverdue > 0);
    }
}
