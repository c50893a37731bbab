package io.github.receivables.reconciliation.camt;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Locates the sample corpus through SAMPLES_DIR and reads its camt files. */
final class CamtSamples {

    private CamtSamples() {}

    /**
     * Returns the sample folder with the given name, failing when CI=true and it is missing and
     * skipping the calling test otherwise.
     */
    static Path folder(String name) {
        String root = System.getenv("SAMPLES_DIR");
        Path folder = root == null ? null : Path.of(root, name);
        if (folder == null || !Files.isDirectory(folder)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("sample folder " + name + " not found under SAMPLES_DIR=" + root
                        + "; CI must provide the sample corpus");
            }
            Assumptions.abort("sample folder " + name + " not found under SAMPLES_DIR=" + root);
        }
        return folder;
    }

    /** Returns the camt files (XML and ZIP) of the camt053 and camt054 folders, sorted by name. */
    static List<Path> all() {
        return Stream.of(folder("camt053"), folder("camt054"))
                .flatMap(CamtSamples::list)
                .toList();
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".xml") || file.toString().endsWith(".zip"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a sample with the matching reader: ZIP archives through {@link CamtZipReader}. */
    static List<BankStatement> read(Path file) {
        StatementReader reader = file.toString().endsWith(".zip")
                ? CamtZipReader.create() : CamtReader.create();
        try (InputStream in = Files.newInputStream(file)) {
            return reader.readAll(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
