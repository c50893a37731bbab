package io.github.receivables.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same day on the same files gives the same output and the same report. */
class ReproducibleRunTest {

    @TempDir
    Path folder;

    @Test
    void sameAsOfGivesSameOutput() throws IOException {
        AppRun first = AppRun.inFolder(folder, "--reset", "--as-of", "2026-03-10");
        String firstReport = Files.readString(folder.resolve("report.html"),
                StandardCharsets.UTF_8);
        AppRun second = AppRun.inFolder(folder, "--reset", "--as-of", "2026-03-10");
        String secondReport = Files.readString(folder.resolve("report.html"),
                StandardCharsets.UTF_8);

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), second.out());
        assertEquals(firstReport, secondReport);
    }

    @Test
    void secondRunWithoutResetAddsNothing() {
        AppRun first = AppRun.inFolder(folder);
        AppRun second = AppRun.inFolder(folder);

        assertEquals(0, second.exitCode(), second.err());
        assertEquals(true, first.out().contains("Stored 10 new customers"));
        assertEquals(true, second.out().contains("Stored 0 new customers (0 updated) and 0 new"
                + " documents (31 already stored, 0 updated)"), second.out());
    }
}
