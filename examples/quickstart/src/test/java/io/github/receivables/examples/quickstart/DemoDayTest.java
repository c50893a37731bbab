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
        assertTrue(run.out().contains("demo/clientes-cordillera.csv: 10 customers"
                + " (portfolio CSV)"), run.out());
        assertTrue(run.out().contains("1 credit or debit note allocation"), run.out());
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
    void demoSendsRemindersWithPaymentLinks() {
        AppRun run = AppRun.inFolder(folder);

        assertTrue(run.out().contains("3. Reminders planned for 2026-03-10"), run.out());
        assertTrue(run.out().contains("[EMAIL] to p***@p***"), "masked recipient");
        assertTrue(run.out().contains("Subject: Saldo vencido: $6.592.600"), run.out());
        assertTrue(run.out().contains("Pague en línea: https://pay.example.invalid/p/RC"),
                run.out());
        assertTrue(run.out().contains("[SMS] to ***********9876"), "SMS for a phone-only"
                + " customer");
        assertTrue(run.out().contains("TAX_AUTHORITY_CLAIM"), "claimed invoice skipped");
        assertTrue(!run.out().contains("pagos@pehuen.example"), "no clear address");
    }

    @Test
    void demoReconcilesCartolaWithExplanations() {
        AppRun run = AppRun.inFolder(folder);

        String out = run.out();
        assertTrue(out.contains("4. Bank statement demo/cartola-bancochile-2026-03.xlsx:"
                + " 1 statement, 7 entries"), out);
        assertTrue(out.contains("-> 76543210-3/33/1013 $535.500"), "one payment, two invoices");
        assertTrue(out.contains("-> 76543210-3/33/1014 $327.250"), "one payment, two invoices");
        assertTrue(out.contains("-> 76543210-3/33/1005 $952.000"), "net of the credit note");
        assertTrue(out.contains("-> 76543210-3/33/1009 $1.000.000"), "partial payment");
        assertTrue(out.contains("evidence: payer tax id"), out);
        assertTrue(out.contains("Review queue of this run: 1 line"), out);
        assertTrue(out.contains("UNMATCHED: Transferencia De Terceros"), out);
        assertTrue(out.contains("Unidentified cash: $350.000"), out);
        assertTrue(out.contains("Summary: 10 customers in the store, 31 documents read, 9 reminders"
                + " sent, 7 new statement lines (4 applied, 1 to review), open $35.890.070."), out);
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
        assertTrue(html.contains("<h2>Reminders sent</h2>"));
        assertTrue(html.contains("<h3>Matches with explanations</h3>"));
        assertTrue(html.contains("<h3>Review queue</h3>"));
        assertTrue(html.contains("Transferencia De Terceros"), "review queue row");
        String withoutNamespace = html.replace("http://www.w3.org/2000/svg", "");
        assertTrue(!withoutNamespace.contains("<link"), "no linked stylesheet");
        assertTrue(!withoutNamespace.contains("<script"), "no script");
        assertTrue(!withoutNamespace.contains(" src="), "no external source");
        assertTrue(!withoutNamespace.contains("url("), "no external resource in CSS");
    }
}
