package io.github.receivables.examples.quickstart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One in-process run of the app with captured output.
 *
 * @param exitCode the exit code
 * @param out what the app printed on standard output
 * @param err what the app printed on standard error
 */
record AppRun(int exitCode, String out, String err) {

    /** The clock of every test run: the demo day, 10:00 in Santiago. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T13:00:00Z"),
            ZoneOffset.UTC);

    /** Runs the app with a store and a report inside the folder, plus the given arguments. */
    static AppRun inFolder(Path folder, String... args) {
        List<String> all = new ArrayList<>(List.of("--jdbc-url", jdbcUrl(folder),
                "--report", folder.resolve("report.html").toString()));
        all.addAll(Arrays.asList(args));
        return run(all.toArray(String[]::new));
    }

    /** Returns the JDBC URL of a store in the folder. */
    static String jdbcUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();
    }

    /** Runs the app with exactly the given arguments. */
    static AppRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = QuickstartApp.run(args, CLOCK, outStream, errStream);
        }
        return new AppRun(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Returns the non-blank lines of standard error. */
    List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }
}
