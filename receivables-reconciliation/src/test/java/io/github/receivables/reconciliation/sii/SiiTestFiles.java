package io.github.receivables.reconciliation.sii;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.receivables.reconciliation.statement.ReaderWarning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the test fixtures of this package and the shared sample corpus. */
final class SiiTestFiles {

    private SiiTestFiles() {}

    /** Returns a fixture of src/test/resources next to this package. */
    static byte[] fixture(String name) {
        try (InputStream input = SiiTestFiles.class.getResourceAsStream(name)) {
            if (input == null) {
                throw new IllegalStateException("test fixture " + name + " is missing");
            }
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a fixture decoded as text in the given charset. */
    static String fixtureText(String name, Charset charset) {
        return new String(fixture(name), charset);
    }

    /**
     * Returns the dte folder of the sample corpus. Fails when CI=true and the folder is missing,
     * and skips the calling test otherwise.
     */
    static Path samplesDte() {
        String root = System.getenv("SAMPLES_DIR");
        Path folder = root == null ? null : Path.of(root, "dte");
        if (folder == null || !Files.isDirectory(folder)) {
            String message = "sample folder SAMPLES_DIR/dte not found (SAMPLES_DIR=" + root + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ": the corpus is required when CI=true");
            }
            assumeTrue(false, message + ": corpus test skipped");
        }
        return folder;
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Collects what a DTE reader hands over, warnings included. */
    static final class DteCollector implements DteHandler {
        final List<DteDocument> documents = new ArrayList<>();
        final List<ReaderWarning> warnings = new ArrayList<>();

        @Override
        public void document(DteDocument document) {
            documents.add(document);
        }

        @Override
        public void warning(ReaderWarning warning) {
            warnings.add(warning);
        }
    }

    /** Collects what a register reader hands over, warnings included. */
    static final class RcvCollector implements RcvHandler {
        final List<RcvDocument> documents = new ArrayList<>();
        final List<ReaderWarning> warnings = new ArrayList<>();

        @Override
        public void document(RcvDocument document) {
            documents.add(document);
        }

        @Override
        public void warning(ReaderWarning warning) {
            warnings.add(warning);
        }
    }
}
