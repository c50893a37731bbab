package io.github.receivables.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.store.PageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the app on real files from the samples folder: every file either ends with the summary
 * line or, when the app cannot read it, with one error line naming the file, and never with a
 * stack trace.
 */
class SamplesCorpusTest {

    /** DTE XML samples without an issue date (FchEmis), which cannot be aged. */
    private static final List<String> UNREADABLE_DTE = List.of("libredte_33_unsigned_minimal.xml");

    @TempDir
    Path folder;

    @Test
    void dteXmlFilesEndCleanly() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Samples.folder().resolve("dte"))) {
            files = listing.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no DTE XML sample");
        List<String> readable = new ArrayList<>();
        for (Path file : files) {
            Path runFolder = Files.createDirectory(folder.resolve(file.getFileName() + ".run"));
            AppRun run = AppRun.inFolder(runFolder, "--portfolio", file.toString(), "--as-of",
                    "2026-03-10");
            if (UNREADABLE_DTE.contains(file.getFileName().toString())) {
                assertOneLineError(run, file);
            } else {
                assertSummary(run);
                readable.add(file.getFileName().toString());
            }
        }
        assertTrue(readable.contains("sii_official_envio_f60t33.xml"), readable.toString());
    }

    @Test
    void rcvSalesExportEndsWithSummary() {
        Path file = Samples.file("dte/rcv_venta_extra_tax_rows.csv");

        AppRun run = AppRun.inFolder(folder, "--portfolio", file.toString(), "--seller-rut",
                "76.543.210-3", "--as-of", "2025-10-15");

        assertSummary(run);
        assertTrue(run.out().contains("left out a second copy of document"), run.out());
    }

    @Test
    void purchaseRegisterEndsWithOneLine() {
        Path file = Samples.file("dte/rcv_compra_reclamado.csv");

        AppRun run = AppRun.inFolder(folder, "--portfolio", file.toString());

        assertOneLineError(run, file);
        assertTrue(run.err().contains("RUT Proveedor") || run.err().contains("purchase"),
                run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"camt053/viafintech_batch.xml", "camt054/postfinance_qrr_v04.xml",
        "mt940/ch_postfinance.sta", "bai2/sample2.bai", "ofx/checking.ofx"})
    void statementFormatEndsWithSummary(String sample) {
        AppRun run = AppRun.inFolder(folder, "--statement", Samples.file(sample).toString());

        assertSummary(run);
        assertTrue(run.out().contains("4. Bank statement "), run.out());
    }

    @Test
    void cartolaWithPresetEndsWithSummary() {
        Path file = Samples.file("csv/cl_bancochile_cartola.xls");

        AppRun run = AppRun.inFolder(folder, "--statement", file.toString(), "--csv-preset",
                "cl_bancochile_cartola");

        assertSummary(run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bai2/parse_error.bai", "ofx/decimal_error.ofx"})
    void unreadableStatementWritesNothing(String sample) {
        Path file = Samples.file(sample);

        AppRun run = AppRun.inFolder(folder, "--statement", file.toString());

        assertOneLineError(run, file);
        try (StoreConnection store = StoreConnection.open(AppRun.jdbcUrl(folder), false)) {
            assertEquals(0, store.stores().customers().list(
                    PageRequest.first(1)).items().size());
        }
    }

    private static void assertSummary(AppRun run) {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("Summary: ")), run.out());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    private static void assertOneLineError(AppRun run, Path file) {
        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("error: " + file), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
