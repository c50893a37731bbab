package io.github.receivables.examples.quickstart.report;

import io.github.receivables.examples.quickstart.portfolio.PortfolioReader.FileSummary;
import io.github.receivables.examples.quickstart.store.PortfolioWriter.WriteSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a collections day produced, collected step by step for the HTML report. Not
 * thread-safe.
 */
public final class DayReport {

    private final LocalDate asOf;
    private final String company;
    private Instant now;
    private List<FileSummary> files = List.of();
    private WriteSummary written;
    private AgingView agingBefore;
    private AgingView agingAfter;
    private final List<MetricsView> metrics = new ArrayList<>();
    private final List<ReminderLine> reminders = new ArrayList<>();
    private final List<String> reminderNotes = new ArrayList<>();
    private final List<MatchLine> matches = new ArrayList<>();
    private String statementFile;

    /**
     * Starts a report.
     *
     * @param asOf the day; never null
     * @param company the company name, or null when unknown
     */
    public DayReport(LocalDate asOf, String company) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.company = company;
    }

    /**
     * One reminder as sent.
     *
     * @param channel the channel kind, such as EMAIL; never null
     * @param recipient the masked recipient; never null
     * @param customer the customer name; never null
     * @param subject the subject, or an empty string; never null
     * @param outcome what the channel returned, such as SENT; never null
     */
    public record ReminderLine(String channel, String recipient, String customer,
            String subject, String outcome) {}

    /**
     * One bank line and what reconciliation did with it.
     *
     * @param line the line number in the statement, from 1
     * @param date the booking date, or an empty string; never null
     * @param amount the formatted amount; never null
     * @param text the payer and remittance text; never null
     * @param action what was done, such as AUTO_APPLIED or QUEUED; never null
     * @param confidence the confidence in percent, or an empty string; never null
     * @param items the documents settled and amounts, as text; never null
     * @param evidence the evidence behind the score, one text per piece; never null
     * @param inReviewQueue whether a person must review the line
     */
    public record MatchLine(int line, String date, String amount, String text, String action,
            String confidence, List<String> items, List<String> evidence,
            boolean inReviewQueue) {
        /**
         * Copies the lists.
         *
         * @throws NullPointerException if a list is null
         */
        public MatchLine {
            items = List.copyOf(items);
            evidence = List.copyOf(evidence);
        }
    }

    /** Returns the day of the run. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Returns the company name, or null when unknown. */
    public String company() {
        return company;
    }

    /** Returns the moment of the run, or null before it is set. */
    public Instant now() {
        return now;
    }

    /** Sets the moment of the run. */
    public void now(Instant value) {
        now = value;
    }

    /** Records what each portfolio file held and what the import wrote. */
    public void portfolio(List<FileSummary> value, WriteSummary summary) {
        files = List.copyOf(value);
        written = summary;
    }

    /** Returns what each portfolio file held, in reading order. */
    public List<FileSummary> files() {
        return files;
    }

    /** Returns what the portfolio import wrote, or null before the import. */
    public WriteSummary written() {
        return written;
    }

    /** Returns the aging before reconciliation. */
    public AgingView agingBefore() {
        return agingBefore;
    }

    /** Sets the aging before reconciliation. */
    public void agingBefore(AgingView value) {
        agingBefore = value;
    }

    /** Returns the aging after reconciliation, or null when no statement was reconciled. */
    public AgingView agingAfter() {
        return agingAfter;
    }

    /** Sets the aging after reconciliation. */
    public void agingAfter(AgingView value) {
        agingAfter = value;
    }

    /** Returns the metrics per currency. */
    public List<MetricsView> metrics() {
        return List.copyOf(metrics);
    }

    /** Adds the metrics of one currency. */
    public void metrics(MetricsView value) {
        metrics.add(value);
    }

    /** Returns the reminders sent, in dispatch order. */
    public List<ReminderLine> reminders() {
        return List.copyOf(reminders);
    }

    /** Adds a reminder sent. */
    public void reminder(ReminderLine value) {
        reminders.add(value);
    }

    /** Returns the skipped and deferred reminder steps, one line each. */
    public List<String> reminderNotes() {
        return List.copyOf(reminderNotes);
    }

    /** Adds a skipped or deferred reminder step. */
    public void reminderNote(String value) {
        reminderNotes.add(value);
    }

    /** Returns the statement lines with what reconciliation did, in file order. */
    public List<MatchLine> matches() {
        return List.copyOf(matches);
    }

    /** Adds a statement line with what reconciliation did. */
    public void match(MatchLine value) {
        matches.add(value);
    }

    /** Returns the statement file, or null when none was reconciled. */
    public String statementFile() {
        return statementFile;
    }

    /** Sets the statement file. */
    public void statementFile(String value) {
        statementFile = value;
    }
}
