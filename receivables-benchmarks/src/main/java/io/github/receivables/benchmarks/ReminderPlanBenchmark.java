package io.github.receivables.benchmarks;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.DebtorRegime;
import io.github.receivables.reminders.contact.ContactRulebook;
import io.github.receivables.reminders.plan.Plan;
import io.github.receivables.reminders.plan.PlanRequest;
import io.github.receivables.reminders.plan.ReminderPlanner;
import io.github.receivables.reminders.policy.PolicyCatalog;
import io.github.receivables.reminders.policy.ReminderPolicy;
import io.github.receivables.reminders.policy.Tone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plans reminders for 1,000,000 open items across 100,000 customers on one thread. Due dates
 * spread from 60 days overdue to 10 days ahead, so most customers have a step due. Half the
 * customers are consumers under the Chilean contact rules and half are companies. Target: under
 * one second per plan.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ReminderPlanBenchmark {

    private static final int CUSTOMERS = 100_000;
    private static final int ITEMS_PER_CUSTOMER = 10;
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 17);

    private PlanRequest request;

    /** Builds the portfolio once. */
    @Setup
    public void setUp() {
        Random random = new Random(42);
        Currency clp = Currency.getInstance("CLP");
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        List<OpenItem> items = new ArrayList<>(CUSTOMERS * ITEMS_PER_CUSTOMER);
        for (int c = 0; c < CUSTOMERS; c++) {
            CustomerId id = CustomerId.of("C" + c);
            customers.add(Customer.builder(id, "Customer " + c)
                    .regime(c % 2 == 0 ? DebtorRegime.CONSUMER : DebtorRegime.COMPANY)
                    .contact(ContactChannel.EMAIL, "c" + c + "@example.cl", Consent.NOT_RECORDED)
                    .contact(ContactChannel.SMS, "+569" + (10_000_000 + c), Consent.NOT_RECORDED)
                    .build());
            for (int i = 0; i < ITEMS_PER_CUSTOMER; i++) {
                LocalDate due = TODAY.plusDays(random.nextInt(71) - 60);
                Money amount = Money.ofMinor(1_000 + random.nextInt(2_000_000), clp);
                items.add(new OpenItem(DocumentId.of("D" + c + "-" + i), 0, id,
                        DocumentKind.INVOICE, c + "-" + i, due.minusDays(30), due, amount,
                        amount, CollectionStatus.ACTIVE));
            }
        }
        ReminderPolicy policy = ReminderPolicy.builder("standard")
                .step("pre-3", -3, Tone.FRIENDLY, "friendly", ContactChannel.EMAIL)
                .step("due", 0, Tone.FRIENDLY, "friendly", ContactChannel.EMAIL)
                .step("plus-7", 7, Tone.FIRM, "firm", ContactChannel.EMAIL, ContactChannel.SMS)
                .step("plus-15", 15, Tone.FIRM, "firm", ContactChannel.SMS, ContactChannel.EMAIL)
                .step("plus-30", 30, Tone.FINAL, "final", ContactChannel.EMAIL)
                .escalateAfterLastStep(5, "collections", "escalation")
                .build();
        request = PlanRequest.builder(PolicyCatalog.of(policy), ContactRulebook.chile())
                .items(items).customers(customers)
                .now(TODAY.atTime(10, 0).atZone(SANTIAGO).toInstant())
                .build();
    }

    /**
     * Plans the whole portfolio.
     *
     * @return the plan, so the work is not optimized away
     */
    @Benchmark
    public Plan planOneMillionItems() {
        return ReminderPlanner.plan(request);
    }
}
