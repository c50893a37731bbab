package io.github.receivables.examples.quickstart;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the quickstart: a command-line app that runs a collections day on the shipped
 * demo company or on the user's files. {@code collections-day} is the only command and runs when
 * none is named, and {@code --help} shows its options.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        version = QuickstartApp.VERSION,
        description = "Collections on the receivables SDK: run 'collections-day --help'.")
public final class QuickstartApp implements Runnable {

    /** The version line that --version prints. */
    static final String VERSION = "receivables quickstart 0.1.0-SNAPSHOT";

    private static final Set<String> OWN_OPTIONS = Set.of("-V", "--version");

    private QuickstartApp() {}

    /**
     * Runs the app and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, Clock.systemUTC(), out, err));
    }

    /**
     * Runs the app without exiting.
     *
     * @param args the command line; never null
     * @param clock the clock that gives today when no as-of day is set; never null
     * @param out where the day's output goes; never null
     * @param err where progress and errors go; never null
     * @return the exit code: 0 when the day ran, 1 on an unexpected failure, 2 when a file
     *     cannot be read or an option is invalid
     */
    public static int run(String[] args, Clock clock, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new QuickstartApp())
                .addSubcommand("collections-day", new CollectionsDayCommand(clock, out, err))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        line.registerConverter(LocalDate.class, QuickstartApp::parseDate);
        line.setParameterExceptionHandler(QuickstartApp::reportBadOption);
        return line.execute(withDefaultCommand(args));
    }

    /** Parses an ISO date, with a message that names the value and the expected form. */
    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "invalid date '" + text + "': expected yyyy-MM-dd, such as 2026-03-10");
        }
    }

    /** Prints an invalid option as one error line with a hint, and returns exit code 2. */
    private static int reportBadOption(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("error: " + e.getMessage() + " (run with --help to list the options)");
        err.flush();
        return 2;
    }

    @Override
    public void run() {
        // Never reached: withDefaultCommand always names a subcommand or a help option.
    }

    private static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && (args[0].equals("collections-day")
                || OWN_OPTIONS.contains(args[0]))) {
            return args;
        }
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "collections-day";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return withCommand;
    }
}
