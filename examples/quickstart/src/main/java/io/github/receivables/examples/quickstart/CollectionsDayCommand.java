package io.github.receivables.examples.quickstart;

import io.github.receivables.core.ReceivablesException;
import io.github.receivables.core.party.Rut;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code collections-day} command: parses the options and runs {@link CollectionsDay}. */
@Command(name = "collections-day", mixinStandardHelpOptions = true,
        version = QuickstartApp.VERSION,
        description = {"Runs a collections day: imports a portfolio, prints aging and metrics,",
            "sends today's reminders, reconciles a bank statement and writes an HTML report.",
            "Without --portfolio it runs on the shipped demo company."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the day ran", "1:an unexpected failure, such as a store error",
            "2:a file could not be read or an option is invalid"})
final class CollectionsDayCommand implements Callable<Integer> {

    /** Exit code of a file that cannot be read or an invalid option. */
    static final int EXIT_INPUT = 2;

    /** Exit code of any other failure. */
    static final int EXIT_FAILURE = 1;

    @Option(names = "--portfolio", paramLabel = "PATH",
            description = "DTE XML, RCV sales export or portfolio CSV file, or a folder of them;"
                    + " repeatable. Default: the shipped demo portfolio.")
    private List<Path> portfolio = new ArrayList<>();

    @Option(names = "--statement", paramLabel = "PATH",
            description = "Bank statement in any supported format (camt.052/053/054, MT940,"
                    + " BAI2, OFX, CSV, XLSX, or a ZIP of them). Default: the demo's cartola"
                    + " with the demo portfolio.")
    private Path statement;

    @Option(names = "--csv-preset", paramLabel = "NAME",
            description = "Column mapping preset for a CSV or workbook statement, such as"
                    + " cl_bancochile_cartola.")
    private String csvPreset;

    @Option(names = "--csv-mapping", paramLabel = "FILE",
            description = "Column mapping JSON file for a CSV or workbook statement.")
    private Path csvMapping;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Day to run, yyyy-MM-dd. Default: the demo's fixed day with the demo"
                    + " portfolio, else today in America/Santiago.")
    private LocalDate asOf;

    @Option(names = "--seller-rut", paramLabel = "RUT",
            description = "The seller's RUT; needed for an RCV export imported without the"
                    + " seller's DTE XML files.")
    private String sellerRut;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "JDBC URL of the store. Default: ${DEFAULT-VALUE}.")
    private String jdbcUrl = StoreConnection.DEFAULT_URL;

    @Option(names = "--report", paramLabel = "PATH",
            description = "HTML report file. Default: ${DEFAULT-VALUE}.")
    private Path report = Path.of("quickstart-report.html");

    @Option(names = "--smtp-host", paramLabel = "HOST",
            description = "SMTP server for email reminders. Default: print reminders on the"
                    + " console.")
    private String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT",
            description = "SMTP port. Default: ${DEFAULT-VALUE}.")
    private int smtpPort = 25;

    @Option(names = "--smtp-from", paramLabel = "ADDRESS",
            description = "Sender address of email reminders; required with --smtp-host.")
    private String smtpFrom;

    @Option(names = "--smtp-security", paramLabel = "MODE",
            description = "SMTP transport security: NONE, STARTTLS or IMPLICIT_TLS."
                    + " Default: ${DEFAULT-VALUE}.")
    private SmtpMode smtpSecurity = SmtpMode.STARTTLS;

    /** The SMTP transport security modes of the SMTP channel. */
    enum SmtpMode { NONE, STARTTLS, IMPLICIT_TLS }

    @Option(names = "--reset", description = "Clear the store before the run.")
    private boolean reset;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    private boolean verbose;

    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    CollectionsDayCommand(Clock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            new CollectionsDay(options(), clock, out, err).run();
            return 0;
        } catch (InputFileException e) {
            report(e);
            return EXIT_INPUT;
        } catch (RuntimeException e) {
            report(e);
            return EXIT_FAILURE;
        } finally {
            out.flush();
        }
    }

    private DayOptions options() {
        if (statement == null && (csvPreset != null || csvMapping != null)) {
            throw new InputFileException(csvPreset != null ? "--csv-preset" : "--csv-mapping",
                    "a column mapping needs --statement");
        }
        if (smtpPort < 1 || smtpPort > 65_535) {
            throw new InputFileException("--smtp-port", "invalid port " + smtpPort
                    + ". Give a port from 1 to 65535.");
        }
        requireReportFolder();
        if (csvPreset != null && csvMapping != null) {
            throw new InputFileException("--csv-mapping", "give --csv-preset or --csv-mapping,"
                    + " not both");
        }
        DayOptions.SmtpOptions smtp = null;
        if (smtpHost != null) {
            if (smtpFrom == null) {
                throw new InputFileException("--smtp-host", "--smtp-from is required with"
                        + " --smtp-host");
            }
            smtp = new DayOptions.SmtpOptions(smtpHost, smtpPort, smtpFrom,
                    smtpSecurity.name());
        }
        return new DayOptions(portfolio, statement, csvPreset, csvMapping, asOf, seller(),
                jdbcUrl, report, smtp, reset, verbose);
    }

    /** Rejects a report path whose folder is missing, before the run changes the store. */
    private void requireReportFolder() {
        Path folder = report.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InputFileException("--report", "folder " + folder + " not found. Create"
                    + " it or give a report path in an existing folder.");
        }
    }

    private Rut seller() {
        if (sellerRut == null) {
            return null;
        }
        try {
            return Rut.parse(sellerRut);
        } catch (ReceivablesException e) {
            throw new InputFileException("--seller-rut", e.getMessage(), e);
        }
    }

    private void report(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        err.println("error: " + message.strip().replaceAll("\\s*\\R\\s*", " "));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
