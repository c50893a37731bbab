package io.github.receivables.examples.quickstart;

import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.quickstart.demo.DemoData;
import io.github.receivables.examples.quickstart.portfolio.PortfolioReader;
import io.github.receivables.examples.quickstart.portfolio.PortfolioReader.FileSummary;
import io.github.receivables.examples.quickstart.portfolio.PortfolioReader.PortfolioRead;
import io.github.receivables.examples.quickstart.report.AgingView;
import io.github.receivables.examples.quickstart.report.DayReport;
import io.github.receivables.examples.quickstart.report.HtmlReport;
import io.github.receivables.examples.quickstart.report.MetricsView;
import io.github.receivables.examples.quickstart.statement.StatementFiles;
import io.github.receivables.examples.quickstart.statement.StatementFiles.ReadStatement;
import io.github.receivables.examples.quickstart.store.LedgerLoader;
import io.github.receivables.examples.quickstart.store.PortfolioWriter;
import io.github.receivables.examples.quickstart.store.PortfolioWriter.WriteSummary;
import io.github.receivables.reconciliation.csv.ColumnMapping;
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
            if (statement == null) {
                out.println();
                out.println("4. Bank statement: none given; pass --statement to reconcile one.");
            }
        }
        HtmlReport.write(options.report(), report);
        out.println();
        out.println("5. Report written to " + options.report());
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
            out.printf("   %s: %d documents (%s)%n", file.file(), file.documents(),
                    file.format().label());
        }
        read.portfolio().notes().forEach(note -> out.println("   " + note));
        WriteSummary written = PortfolioWriter.write(store.stores(), read.portfolio());
        out.printf("   Stored %d new customers (%d updated) and %d new documents (%d already"
                + " stored, %d updated); %d credit or debit note allocations%n",
                written.newCustomers(), written.updatedCustomers(), written.newDocuments(),
                written.knownDocuments(), written.updatedDocuments(), written.notesApplied());
        if (written.unresolved() > 0) {
            out.printf("   %d note references point at documents not stored yet%n",
                    written.unresolved());
        }
        report.portfolio(read.files(), written);
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
