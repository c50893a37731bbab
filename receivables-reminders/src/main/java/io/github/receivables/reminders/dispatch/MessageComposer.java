package io.github.receivables.reminders.dispatch;

import io.github.receivables.core.party.ContactPoint;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.DebtorRegime;
import io.github.receivables.reminders.link.PaymentLinks;
import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.reminders.plan.ActionPurpose;
import io.github.receivables.reminders.plan.PlannedAction;
import io.github.receivables.reminders.plan.PlannedItem;
import io.github.receivables.reminders.template.Creditor;
import io.github.receivables.reminders.template.ItemLine;
import io.github.receivables.reminders.template.RenderedMessage;
import io.github.receivables.reminders.template.TemplateEngine;
import io.github.receivables.reminders.template.TemplateModel;
import io.github.receivables.spi.notification.ChannelCapabilities;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.notification.Recipient;
import io.github.receivables.spi.notification.outbox.OutboxDelivery;
import io.github.receivables.spi.notification.outbox.OutboxEntry;
import io.github.receivables.spi.notification.outbox.OutboxItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Turns a planned action into an outbox entry: the payment reference and link, and the content
 * rendered for each channel in order, dropping channels that cannot carry it. Thread-safe when
 * its collaborators are.
 */
public final class MessageComposer {

    private final TemplateEngine templates;
    private final Creditor creditor;
    private final PaymentLinks links;
    private final BiFunction<PlannedAction, Customer, PaymentReference> references;

    /**
     * Creates a composer.
     *
     * @param templates the template engine; never null
     * @param creditor who collects, as messages name it; never null
     * @param links the payment link service, or null for messages without a link
     * @param references chooses the payment reference of an action; such as {@code (action,
     *     customer) -> PaymentReference.forCustomer(customer.id())}; never null
     */
    public MessageComposer(TemplateEngine templates, Creditor creditor, PaymentLinks links,
            BiFunction<PlannedAction, Customer, PaymentReference> references) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.creditor = Objects.requireNonNull(creditor, "creditor");
        this.links = links;
        this.references = Objects.requireNonNull(references, "references");
    }

    /**
     * Returns a composer with customer references and no payment links.
     *
     * @param templates the template engine; never null
     * @param creditor who collects; never null
     * @return the composer; never null
     */
    public static MessageComposer withoutLinks(TemplateEngine templates, Creditor creditor) {
        return new MessageComposer(templates, creditor, null,
                (action, customer) -> PaymentReference.forCustomer(customer.id()));
    }

    /**
     * Composes the outbox entry of an action.
     *
     * @param action the planned action; never null
     * @param customer the action's customer; never null
     * @param channels the registered channels by kind; never null
     * @param warnings receives template warnings, prefixed with the action key; never null
     * @return the entry with at least one delivery; never null
     * @throws NotQueuedException if no channel of the action can carry its content
     * @throws io.github.receivables.reminders.template.TemplateException if a template is
     *     missing or invalid
     */
    public OutboxEntry compose(PlannedAction action, Customer customer,
            Map<ChannelKind, NotificationChannel> channels, List<String> warnings) {
        TemplateModel model = model(action, customer);
        boolean consumer = customer.regime() == DebtorRegime.CONSUMER;
        List<OutboxDelivery> deliveries = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (ChannelKind kind : action.channels()) {
            NotificationChannel channel = channels.get(kind);
            if (channel == null) {
                dropped.add(kind + ": no channel registered");
                continue;
            }
            RenderedMessage rendered = templates.render(action.templateId(), kind, model,
                    consumer);
            for (String warning : rendered.warnings()) {
                warnings.add(action.key() + " " + kind + ": " + warning);
            }
            String unfit = unfit(rendered.content(), channel.capabilities());
            if (unfit != null) {
                dropped.add(kind + ": " + unfit);
                continue;
            }
            deliveries.add(new OutboxDelivery(kind, recipient(action, customer, kind),
                    rendered.content()));
        }
        if (deliveries.isEmpty()) {
            throw new NotQueuedException("action " + action.key() + " has no channel able to"
                    + " carry it: " + String.join("; ", dropped));
        }
        return new OutboxEntry(action.key(), action.customerId(), action.policyId(),
                action.stepId(), action.purpose().name(), outboxItems(action),
                action.plannedDate(), action.sendAt(), action.notAfter(), deliveries);
    }

    private TemplateModel model(PlannedAction action, Customer customer) {
        List<ItemLine> lines = new ArrayList<>(action.items().size());
        for (PlannedItem item : action.items()) {
            lines.add(new ItemLine(item.number(), item.dueDate(), item.open()));
        }
        PaymentReference reference = action.purpose() == ActionPurpose.FACTOR_NOTICE ? null
                : references.apply(action, customer);
        String link = null;
        if (links != null && action.purpose() == ActionPurpose.REMINDER) {
            link = links.linkFor(customer.id(), action.total(), reference, action.key())
                    .toString();
        }
        String factorName = action.factor() == null ? null : action.factor().factor();
        String instructions = action.factor() == null ? null
                : action.factor().paymentInstructions();
        return new TemplateModel(customer.name(), creditor, customer.locale(),
                action.plannedDate(), lines, link,
                reference == null ? null : reference.value(), factorName, instructions,
                action.queue(), action.reason().toString());
    }

    private static String unfit(MessageContent content, ChannelCapabilities capabilities) {
        boolean template = content instanceof MessageContent.ApprovedTemplate;
        if (capabilities.templatesOnly() && !template) {
            return "the channel sends approved templates only";
        }
        if (content.length() > capabilities.maxLength()) {
            return "content of " + content.length() + " characters exceeds the limit of "
                    + capabilities.maxLength();
        }
        return null;
    }

    private static Recipient recipient(PlannedAction action, Customer customer,
            ChannelKind kind) {
        if (kind == ChannelKind.HUMAN_TASK) {
            return new Recipient(customer.id(), action.queue(), customer.locale());
        }
        List<ContactPoint> usable = customer.usableContacts(kind.contactChannel().orElseThrow());
        if (usable.isEmpty()) {
            throw new NotQueuedException("customer " + customer.id() + " has no usable " + kind
                    + " contact any more");
        }
        return new Recipient(customer.id(), usable.get(0).address(), customer.locale());
    }

    private static List<OutboxItem> outboxItems(PlannedAction action) {
        List<OutboxItem> items = new ArrayList<>(action.items().size());
        for (PlannedItem item : action.items()) {
            items.add(new OutboxItem(item.ref().documentId(), item.ref().instalment(),
                    item.stepId()));
        }
        return items;
    }
}
