package io.github.receivables.examples.quickstart;

import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.quickstart.demo.DemoData;
import io.github.receivables.examples.quickstart.portfolio.PortfolioReader;
import io.github.receivables.examples.quickstart.reconcile.MatchLines;
import io.github.receivables.examples.quickstart.reconcile.StatementReconciliation;
import io.github.receivables.examples.quickstart.remind.ReminderChannels;
import io.github.receivables.examples.quickstart.remind.ReminderRun;
import io.github.receivables.examples.quickstart.portfolio.PortfolioReader.FileSummary;
import io.github.receivables.examples.quickstart.portfolio.PortfolioReader.PortfolioRead;
import io.github.receivables.examples.quickstart.report.AgingView;
import io.github.receivables.examples.quickstart.report.Amounts;
import io.github.receivables.examples.quickstart.report.DayReport;
import io.github.receivables.examples.quickstart.report.DayReport.MatchLine;
import io.github.receivables.examples.quickstart.report.HtmlReport;
import io.github.receivables.examples.quickstart.report.MatchPrinter;
import io.github.receivables.examples.quickstart.report.MetricsView;
import io.github.receivables.examples.quickstart.statement.StatementFiles;
import io.github.receivables.examples.quickstart.statement.StatementFiles.ReadStatement;
import io.github.receivables.examples.quickstart.store.LedgerLoader;
import io.github.receivables.examples.quickstart.store.PortfolioWriter;
import io.github.receivables.examples.quickstart.store.PortfolioWriter.WriteSummary;
import io.github.receivables.reconciliation.csv.ColumnMapping;
import io.github.receivables.reminders.template.Creditor;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One collections day: reads every input file first, then stores the portfolio, prints aging
 * and metrics, sends today's reminders, reconciles the bank statement, prints the new aging and
 * writes the HTML report.
 */
final class CollectionsDay {

    /** The zone of the demo company and of "today" for user files. */
    static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    /** The time of day a run on another day than today is taken to happen, in Santiago. */
    static final LocalTime RUN_TIME = LocalTime.of(10, 0);

    /** The maximum number of skipped or deferred reminder steps printed on the console. */
    static final int MAX_NOTES = 20;

    private final DayOptions options;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    CollectionsDay(DayOptions options, Clock clock, PrintStream out, PrintStream err) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    void run() {
        LocalDate today = LocalDate.now(clock.withZone(SANTIAGO));
        LocalDate asOf = options.asOf() != null ? options.asOf()
                : options.isDemo() ? DemoData.AS_OF : today;
        Instant now = asOf.equals(today) ? clock.instant()
                : asOf.atTime(RUN_TIME).atZone(SANTIAGO).toInstant();

        List<InputFile> files = options.isDemo() ? DemoData.portfolioFiles()
                : InputFolders.expand(options.portfolio());
        Rut seller = options.sellerRut() != null ? options.sellerRut()
                : options.isDemo() ? DemoData.SELLER : null;
        PortfolioRead read = new PortfolioReader(seller, err).read(files);
        ReadStatement statement = readStatement();

        DayReport report = new DayReport(asOf, options.isDemo() ? DemoData.COMPANY : null);
        try (StoreConnection store = StoreConnection.open(options.jdbcUrl(), options.reset())) {
            out.println("Collections day " + asOf + (options.isDemo() ? " for the demo company "
                    + DemoData.COMPANY : "") + ", store " + store.description());
            importPortfolio(store, read, report);
            LedgerLoader.Loaded loaded = LedgerLoader.load(store.stores());
            AgingView aging = AgingView.compute(loaded.ledger(), loaded.customers(), asOf);
            report.agingBefore(aging);
            printAging("2. Aging as of " + asOf + " by due date", aging);
            printMetrics(loaded, asOf, report);
            report.now(now);
            sendReminders(store, loaded, asOf, now, read, report);
            if (statement == null) {
                out.println();
                out.println("4. Bank statement: none given; pass --statement to reconcile one.");
            } else {
                reconcile(store, statement, asOf, now, report);
            }
        }
        HtmlReport.write(options.report(), report);
        out.println();
        out.println("5. Report written to " + options.report());
        out.println();
        out.println(summary(report));
    }

    private String summary(DayReport report) {
        AgingView latest = report.agingAfter() != null ? report.agingAfter()
                : report.agingBefore();
        StringBuilder line = new StringBuilder("Summary: ");
        line.append(Counts.of(latest.names().size(), "customer", "customers"))
                .append(" in the store, ")
                .append(Counts.of(report.written().newDocuments()
                        + report.written().knownDocuments(), "document", "documents"))
                .append(" read, ")
                .append(Counts.of(report.reminders().size(), "reminder", "reminders"))
                .append(" sent");
        if (report.statementFile() != null) {
            long applied = report.matches().stream()
                    .filter(m -> m.action().equals("AUTO_APPLIED")).count();
            long review = report.matches().stream().filter(MatchLine::inReviewQueue).count();
            line.append(", ").append(Counts.of(report.matches().size(), "new statement line",
                    "new statement lines")).append(" (").append(applied).append(" applied, ")
                    .append(review).append(" to review)");
        }
        for (Currency currency : latest.report().currencies()) {
            line.append(", open ").append(Amounts.format(latest.report().total(currency)));
        }
        return line.append('.').toString();
    }

    private ReadStatement readStatement() {
        if (options.statement() != null) {
            ColumnMapping mapping = StatementFiles.mapping(options.csvPreset(),
                    options.csvMapping());
            return StatementFiles.read(InputFile.of(options.statement()), mapping);
        }
        if (options.isDemo()) {
            return StatementFiles.read(DemoData.statementFile(),
                    StatementFiles.mapping(DemoData.STATEMENT_PRESET, null));
        }
        return null;
    }

    private void importPortfolio(StoreConnection store, PortfolioRead read, DayReport report) {
        out.println();
        out.println("1. Portfolio");
        for (FileSummary file : read.files()) {
            out.printf("   %s: %s (%s)%n", file.file(), file.contents(), file.format().label());
        }
        read.portfolio().notes().forEach(note -> out.println("   " + note));
        WriteSummary written = PortfolioWriter.write(store.stores(), read.portfolio());
        out.printf("   Stored %s (%d updated) and %s (%d already stored, %d updated); %s%n",
                Counts.of(written.newCustomers(), "new customer", "new customers"),
                written.updatedCustomers(),
                Counts.of(written.newDocuments(), "new document", "new documents"),
                written.knownDocuments(), written.updatedDocuments(),
                Counts.of(written.notesApplied(), "credit or debit note allocation",
                        "credit or debit note allocations"));
        if (written.newDocuments() == 0 && written.knownDocuments() > 0) {
            out.println("   The store already held these documents; pass --reset to start over.");
        }
        if (written.unresolved() > 0) {
            out.printf("   %d note references point at documents not stored yet%n",
                    written.unresolved());
        }
        report.portfolio(read.files(), written);
    }

    private void sendReminders(StoreConnection store, LedgerLoader.Loaded loaded,
            LocalDate asOf, Instant now, PortfolioRead read, DayReport report) {
        out.println();
        out.println("3. Reminders planned for " + asOf + " (Chilean contact rules, es-CL"
                + " templates)");
        ReminderChannels channels = ReminderChannels.create(options.smtp(), out, now);
        ReminderRun.Result result = new ReminderRun(creditor(read), channels.channels())
                .run(store.stores().reminderOutbox(), loaded.ledger(), loaded.customers(), asOf,
                        now);
        channels.printSmtpSends(result.sent());
        result.sent().forEach(report::reminder);
        result.notes().forEach(report::reminderNote);
        out.printf("   %s sent%n", Counts.of(result.sent().size(), "reminder", "reminders"));
        List<String> notes = result.notes();
        notes.subList(0, Math.min(MAX_NOTES, notes.size()))
                .forEach(note -> out.println("   " + note));
        if (notes.size() > MAX_NOTES) {
            out.printf("   ... and %d more skipped or deferred steps; the HTML report lists"
                    + " them all%n", notes.size() - MAX_NOTES);
        }
        if (notes.stream().anyMatch(note -> note.contains("NO_USABLE_CONTACT"))) {
            out.println("   Customers without an email address or phone number get no reminder;"
                    + " add them with a portfolio CSV (columns rut, name, email, phone).");
        }
    }

    private Creditor creditor(PortfolioRead read) {
        if (options.isDemo()) {
            return new Creditor(DemoData.COMPANY, DemoData.PHONE, DemoData.EMAIL);
        }
        String name = read.sellerName() != null ? read.sellerName()
                : read.seller() != null ? "RUT " + read.seller().format() : "Cobranza";
        return new Creditor(name, "", options.smtp() != null ? options.smtp().from() : "");
    }

    private void reconcile(StoreConnection store, ReadStatement statement, LocalDate asOf,
            Instant now, DayReport report) {
        out.println();
        int entries = statement.statements().stream().mapToInt(s -> s.entries().size()).sum();
        out.printf("4. Bank statement %s: %s, %s%n", statement.file(),
                Counts.of(statement.statements().size(), "statement", "statements"),
                Counts.of(entries, "entry", "entries"));
        report.statementFile(statement.file());
        StatementReconciliation.Outcome outcome = StatementReconciliation.run(store.stores(),
                statement.statements(), now, asOf);
        if (outcome.duplicates() > 0) {
            out.printf("   %s imported by an earlier run %s skipped%n",
                    Counts.of(outcome.duplicates(), "entry", "entries"),
                    outcome.duplicates() == 1 ? "is" : "are");
        }
        List<MatchLine> lines = MatchLines.of(outcome.result());
        lines.forEach(report::match);
        new MatchPrinter(out).print(lines);
        LedgerLoader.Loaded loaded = LedgerLoader.load(store.stores());
        AgingView after = AgingView.compute(loaded.ledger(), loaded.customers(), asOf);
        report.agingAfter(after);
        printAging("   Aging after reconciliation", after);
        for (Currency currency : after.report().currencies()) {
            MetricsView metrics = MetricsView.compute(loaded.ledger(), asOf, currency);
            out.printf("   Metrics %s after reconciliation: %s%n", currency.getCurrencyCode(),
                    metrics.textLine());
        }
    }

    private void printAging(String title, AgingView aging) {
        out.println();
        out.println(title);
        aging.textLines().forEach(line -> out.println("   " + line));
    }

    private void printMetrics(LedgerLoader.Loaded loaded, LocalDate asOf, DayReport report) {
        for (Currency currency : report.agingBefore().report().currencies()) {
            MetricsView metrics = MetricsView.compute(loaded.ledger(), asOf, currency);
            report.metrics(metrics);
            out.printf("   Metrics %s, %s to %s: %s%n", currency.getCurrencyCode(),
                    metrics.from(), metrics.to(), metrics.textLine());
        }
    }
}
