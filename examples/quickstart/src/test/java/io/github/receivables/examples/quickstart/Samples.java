package io.github.receivables.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds the real sample files through the SAMPLES_DIR environment variable. */
final class Samples {

    private Samples() {}

    /**
     * Returns the samples folder. Fails when CI=true and the folder is missing, and skips the
     * test otherwise.
     */
    static Path folder() {
        String value = System.getenv("SAMPLES_DIR");
        Path folder = value == null ? null : Path.of(value);
        if (folder == null || !Files.isDirectory(folder)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("SAMPLES_DIR does not name a folder (" + value + "); CI needs the samples");
            }
            Assumptions.abort("SAMPLES_DIR is not set to a folder; corpus tests skipped");
        }
        return folder;
    }

    /** Returns a sample file, failing when it is missing. */
    static Path file(String relative) {
        Path file = folder().resolve(relative);
        assertTrue(Files.isRegularFile(file), "sample " + file + " is missing");
        return file;
    }
}
