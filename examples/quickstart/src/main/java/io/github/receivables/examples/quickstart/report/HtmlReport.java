package io.github.receivables.examples.quickstart.report;

import io.github.receivables.core.aging.AgingRow;
import io.github.receivables.core.money.Money;
import io.github.receivables.examples.quickstart.InputFileException;
import io.github.receivables.examples.quickstart.portfolio.PortfolioReader.FileSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Writes the day as one self-contained HTML file: inline CSS, an inline SVG chart of the aging
 * buckets, and tables of top debtors, reminders, matches and the review queue. It loads no
 * external resource, so it opens offline in any browser.
 */
public final class HtmlReport {

    private static final int TOP_DEBTORS = 10;

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;\
            color:#222;max-width:1100px}
            h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
            th,td{border:1px solid #ddd;padding:.3rem .6rem;vertical-align:top}
            th{background:#f3f5f7;text-align:left}
            td:not(:first-child){text-align:right}
            table.text td{text-align:left}
            .chart text.axis{font-size:12px}.chart text.value{font-size:10px}
            .muted{color:#666}
            """;

    private HtmlReport() {}

    /**
     * Writes the report.
     *
     * @param path the file; its folder must exist; never null
     * @param day what the day produced; never null
     * @throws InputFileException if the file cannot be written
     */
    public static void write(Path path, DayReport day) {
        try {
            Files.writeString(path, render(day), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputFileException(path.toString(), "cannot write the report: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Renders the report.
     *
     * @param day what the day produced; never null
     * @return the HTML document; never null
     */
    public static String render(DayReport day) {
        StringBuilder html = new StringBuilder();
        String title = "Collections day " + day.asOf()
                + (day.company() == null ? "" : " - " + day.company());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n<h1>")
                .append(Html.escape(title)).append("</h1>\n");
        portfolio(html, day);
        aging(html, day);
        reminders(html, day);
        matches(html, day);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void portfolio(StringBuilder html, DayReport day) {
        html.append("<h2>Portfolio</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        for (FileSummary file : day.files()) {
            rows.add(List.of(file.file(), file.format().label(), Long.toString(file.customers()),
                    Long.toString(file.documents())));
        }
        Html.table(html, "files", List.of("File", "Format", "Customers", "Documents"), rows);
    }

    private static void aging(StringBuilder html, DayReport day) {
        AgingView before = day.agingBefore();
        AgingView latest = day.agingAfter() != null ? day.agingAfter() : before;
        html.append("<h2>Aging by due date</h2>\n");
        for (Currency currency : before.report().currencies()) {
            html.append("<h3>").append(currency.getCurrencyCode()).append("</h3>\n");
            html.append(AgingChart.svg(before, day.agingAfter(), currency));
            agingTable(html, "Before reconciliation", before, currency);
            if (day.agingAfter() != null) {
                agingTable(html, "After reconciliation", day.agingAfter(), currency);
            }
        }
        html.append("<h2>Metrics</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        for (MetricsView metrics : day.metrics()) {
            for (String[] value : metrics.values()) {
                rows.add(List.of(metrics.currency().getCurrencyCode() + " " + value[0],
                        value[1]));
            }
        }
        Html.table(html, "metrics", List.of("Metric (90 days to " + day.asOf() + ")", "Value"),
                rows);
        html.append("<h2>Top debtors</h2>\n");
        for (Currency currency : latest.report().currencies()) {
            List<List<String>> top = new ArrayList<>();
            for (AgingRow row : latest.report().topCustomers(currency, TOP_DEBTORS)) {
                Money overdue = row.total().minus(row.buckets().get(0));
                top.add(List.of(latest.name(row.customerId()), Amounts.format(row.total()),
                        Amounts.format(overdue)));
            }
            Html.table(html, "top", List.of("Customer", "Open " + currency.getCurrencyCode(),
                    "Overdue"), top);
        }
    }

    private static void agingTable(StringBuilder html, String caption, AgingView view,
            Currency currency) {
        html.append("<p class=\"muted\">").append(Html.escape(caption)).append("</p>\n");
        List<String> header = new ArrayList<>();
        header.add("Customer");
        header.addAll(view.bucketLabels());
        header.add("Total");
        List<List<String>> rows = new ArrayList<>();
        for (AgingRow row : view.rows(currency)) {
            List<String> cells = new ArrayList<>();
            cells.add(view.name(row.customerId()));
            row.buckets().forEach(amount -> cells.add(Amounts.format(amount)));
            cells.add(Amounts.format(row.total()));
            rows.add(cells);
        }
        if (view.report().currencies().contains(currency)) {
            List<String> total = new ArrayList<>();
            total.add("Total");
            view.report().totals(currency).buckets().forEach(a -> total.add(Amounts.format(a)));
            total.add(Amounts.format(view.report().totals(currency).total()));
            rows.add(total);
        }
        Html.table(html, "aging", header, rows);
    }

    private static void reminders(StringBuilder html, DayReport day) {
        html.append("<h2>Reminders sent</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        for (DayReport.ReminderLine line : day.reminders()) {
            rows.add(List.of(line.customer(), line.channel(), line.recipient(), line.subject(),
                    line.outcome()));
        }
        if (rows.isEmpty()) {
            html.append("<p class=\"muted\">No reminder was due.</p>\n");
        } else {
            Html.table(html, "text", List.of("Customer", "Channel", "Recipient", "Subject",
                    "Outcome"), rows);
        }
        for (String note : day.reminderNotes()) {
            html.append("<p class=\"muted\">").append(Html.escape(note)).append("</p>\n");
        }
    }

    private static void matches(StringBuilder html, DayReport day) {
        html.append("<h2>Reconciliation</h2>\n");
        if (day.statementFile() == null) {
            html.append("<p class=\"muted\">No bank statement was given.</p>\n");
            return;
        }
        html.append("<p>Statement: ").append(Html.escape(day.statementFile())).append("</p>\n");
        html.append("<h3>Matches with explanations</h3>\n");
        Html.table(html, "text", List.of("Line", "Date", "Amount", "Text", "Action",
                "Confidence", "Items", "Evidence"), matchRows(day, false));
        html.append("<h3>Review queue</h3>\n");
        List<List<String>> queue = matchRows(day, true);
        if (queue.isEmpty()) {
            html.append("<p class=\"muted\">Nothing to review.</p>\n");
        } else {
            Html.table(html, "text review", List.of("Line", "Date", "Amount", "Text", "Action",
                    "Confidence", "Items", "Evidence"), queue);
        }
    }

    private static List<List<String>> matchRows(DayReport day, boolean reviewOnly) {
        List<List<String>> rows = new ArrayList<>();
        for (DayReport.MatchLine line : day.matches()) {
            if (reviewOnly && !line.inReviewQueue()) {
                continue;
            }
            rows.add(List.of(Integer.toString(line.line()), line.date(), line.amount(),
                    line.text(), line.action(), line.confidence(), String.join("; ",
                    line.items()), String.join("; ", line.evidence())));
        }
        return rows;
    }
}
