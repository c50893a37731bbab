package io.github.receivables.reconciliation.csv;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the sample corpus through SAMPLES_DIR; fails under CI when it is missing. */
final class SampleFiles {

    private SampleFiles() {}

    static Path csvFolder() {
        String dir = System.getenv("SAMPLES_DIR");
        Path folder = dir == null ? null : Path.of(dir, "csv");
        boolean present = folder != null && Files.isDirectory(folder);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("SAMPLES_DIR must point at the sample corpus with a csv folder when CI=true, got "
                    + dir);
        }
        assumeTrue(present, "sample corpus not found; set SAMPLES_DIR");
        return folder;
    }
}
