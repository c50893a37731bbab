package io.github.receivables.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole collections day on the shipped demo company. */
class DemoDayTest {

    @TempDir
    Path folder;

    @Test
    void demoRunsAndPrintsEverySection() {
        AppRun run = AppRun.inFolder(folder);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Collections day 2026-03-10 for the demo company"
                + " Comercial Cordillera SpA"), run.out());
        assertTrue(run.out().contains("demo/envio-dte-cordillera.xml: 31 documents (DTE XML)"),
                run.out());
        assertTrue(run.out().contains("demo/rcv-ventas-cordillera.csv: 6 documents"
                + " (RCV sales register)"), run.out());
        assertTrue(run.out().contains("Stored 10 new customers"), run.out());
        assertTrue(run.out().contains("1 credit or debit note allocations"), run.out());
        assertTrue(run.out().contains("2. Aging as of 2026-03-10 by due date"), run.out());
        assertTrue(run.out().contains("Report written to"), run.out());
    }

    @Test
    void demoAgingShowsEsClAmountsAndTotals() {
        AppRun run = AppRun.inFolder(folder);

        String totals = run.out().lines().filter(line -> line.strip().startsWith("Total CLP"))
                .findFirst().orElseThrow();
        assertTrue(totals.contains("$39.073.720"), totals);
        assertTrue(run.out().contains("Ferretería El Roble SpA"), run.out());
        assertTrue(run.out().contains("$952.000"), "credit note 61 reduces invoice 1005");
    }

    @Test
    void demoPrintsTheFourMetrics() {
        AppRun run = AppRun.inFolder(folder);

        String metrics = run.out().lines().filter(line -> line.contains("Metrics CLP"))
                .findFirst().orElseThrow();
        assertTrue(metrics.contains("DSO "), metrics);
        assertTrue(metrics.contains("CEI "), metrics);
        assertTrue(metrics.contains("Overdue ratio "), metrics);
        assertTrue(metrics.contains("Top-5 share "), metrics);
    }

    @Test
    void demoReportIsSelfContainedHtml() throws IOException {
        AppRun run = AppRun.inFolder(folder);

        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"), "aging chart");
        assertTrue(html.contains("<rect"), "chart bars");
        assertTrue(html.contains("<table class=\"top\">"), "top debtors table");
        assertTrue(html.contains("<table class=\"aging\">"), "aging table");
        assertTrue(html.contains("Inmobiliaria Costanera SpA"));
        String withoutNamespace = html.replace("http://www.w3.org/2000/svg", "");
        assertTrue(!withoutNamespace.contains("<link") && !withoutNamespace.contains("<script")
                && !withoutNamespace.contains(" src="), "no external resource");
        assertTrue(!withoutNamespace.contains("url("), "no external resource in CSS");
    }
}
