package io.github.receivables.examples.quickstart.remind;

import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.examples.quickstart.report.DayReport.ReminderLine;
import io.github.receivables.reminders.contact.ContactRulebook;
import io.github.receivables.reminders.dispatch.DispatchReport;
import io.github.receivables.reminders.dispatch.DispatchResult;
import io.github.receivables.reminders.dispatch.Dispatcher;
import io.github.receivables.reminders.dispatch.MessageComposer;
import io.github.receivables.reminders.link.IssuedLinkStore;
import io.github.receivables.reminders.link.PaymentLinks;
import io.github.receivables.reminders.plan.Plan;
import io.github.receivables.reminders.plan.PlanRequest;
import io.github.receivables.reminders.plan.ReminderHistory;
import io.github.receivables.reminders.plan.ReminderPlanner;
import io.github.receivables.reminders.policy.PolicyCatalog;
import io.github.receivables.reminders.policy.PolicyJson;
import io.github.receivables.reminders.template.Creditor;
import io.github.receivables.reminders.template.TemplateEngine;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.notification.outbox.InMemoryOutboxStore;
import io.github.receivables.spi.notification.outbox.OutboxRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Step 3 of the day: plans today's reminders with the shipped policy and Chile's contact rules,
 * renders them with the built-in es-CL templates and a payment link each, and dispatches them
 * through the registered channels.
 */
public final class ReminderRun {

    /** The policy catalog every run uses, a classpath resource. */
    static final String POLICIES = "/quickstart/reminder-policies.json";

    private final Creditor creditor;
    private final List<NotificationChannel> channels;

    /**
     * Creates a run.
     *
     * @param creditor who collects, as messages name it; never null
     * @param channels the channels, at most one per kind; never null
     */
    public ReminderRun(Creditor creditor, List<NotificationChannel> channels) {
        this.creditor = Objects.requireNonNull(creditor, "creditor");
        this.channels = List.copyOf(channels);
    }

    /**
     * The outcome of a reminder run.
     *
     * @param sent the reminders sent, in dispatch order; never null
     * @param notes skipped and deferred steps and dispatch warnings, one line each; never null
     * @param records the outbox records of this run, for the durable history; never null
     */
    public record Result(List<ReminderLine> sent, List<String> notes,
            Collection<OutboxRecord> records) {}

    /**
     * Plans and sends.
     *
     * @param ledger the ledger; never null
     * @param customers the customers by id; never null
     * @param asOf the day; never null
     * @param now the moment of the run; never null
     * @param earlier outbox records of earlier runs; never null
     * @return what was sent and why the rest was not; never null
     */
    public Result run(Ledger ledger, Map<CustomerId, Customer> customers, LocalDate asOf,
            Instant now, List<OutboxRecord> earlier) {
        ReminderHistory.Builder history = ReminderHistory.builder();
        earlier.forEach(history::add);
        PlanRequest request = PlanRequest.builder(catalog(), ContactRulebook.chile())
                .items(ledger.openItems(asOf))
                .customers(customers.values())
                .history(history.build())
                .now(now)
                .build();
        Plan plan = ReminderPlanner.plan(request);

        Clock clock = Clock.fixed(now, CollectionsZone.SANTIAGO);
        InMemoryOutboxStore outbox = new InMemoryOutboxStore();
        earlier.forEach(outbox::insert);
        PaymentLinks links = new PaymentLinks(new DemoPaymentLinks(),
                URI.create(DemoPaymentLinks.BASE + "start"), IssuedLinkStore.inMemory(),
                Duration.ofDays(30), clock);
        MessageComposer composer = new MessageComposer(TemplateEngine.builtIn(), creditor, links,
                (action, customer) -> PaymentReference.forCustomer(customer.id()));
        Dispatcher.Builder builder = Dispatcher.builder(outbox, composer).clock(clock);
        channels.forEach(builder::channel);
        DispatchReport report = builder.build().dispatch(plan, customers);

        List<ReminderLine> sent = new ArrayList<>();
        for (DispatchResult result : report.results()) {
            if (result instanceof DispatchResult.Sent done) {
                outbox.find(done.key()).ifPresent(record -> sent.add(line(record, done,
                        customers)));
            }
        }
        List<String> notes = new ArrayList<>();
        plan.describe().stream().filter(line -> !line.startsWith("SEND")).forEach(notes::add);
        notes.addAll(report.warnings());
        List<OutboxRecord> records = new ArrayList<>();
        for (DispatchResult result : report.results()) {
            outbox.find(result.key()).ifPresent(records::add);
        }
        return new Result(sent, notes, records);
    }

    private static ReminderLine line(OutboxRecord record, DispatchResult.Sent sent,
            Map<CustomerId, Customer> customers) {
        var delivery = record.entry().deliveries().stream()
                .filter(candidate -> candidate.kind() == sent.via())
                .findFirst().orElse(record.currentDelivery());
        String subject = delivery.content() instanceof MessageContent.Text text
                && text.subject() != null ? text.subject() : "";
        Customer customer = customers.get(record.entry().customerId());
        String name = customer == null ? record.entry().customerId().value() : customer.name();
        return new ReminderLine(sent.via().name(), delivery.recipient().maskedAddress(), name,
                subject, "SENT");
    }

    private static PolicyCatalog catalog() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                ReminderRun.class.getResourceAsStream(POLICIES), POLICIES),
                StandardCharsets.UTF_8)) {
            return PolicyJson.readCatalog(reader, POLICIES.substring(1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POLICIES, e);
        }
    }
}
