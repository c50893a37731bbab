package io.github.receivables.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.examples.quickstart.store.LedgerLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the app cannot read ends the run with one line, exit code 2, and no write. */
class BrokenFileTest {

    @TempDir
    Path folder;

    @Test
    void truncatedDteEndsWithOneLine() throws IOException {
        Path broken = folder.resolve("envio-cortado.xml");
        Files.writeString(broken, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EnvioDTE"
                + " xmlns=\"http://www.sii.cl/SiiDte\"><SetDTE><DTE><Documento><Encabezado>"
                + "<IdDoc><TipoDTE>33</TipoDTE>", StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", broken.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("error: " + broken), line);
        assertTrue(line.contains("not well-formed") || line.contains("truncated")
                || line.contains("end of file"), line);
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void csvStatementWithoutPresetNamesOptions() throws IOException {
        Path csv = folder.resolve("cartola.csv");
        Files.writeString(csv, "fecha;monto\n2026-03-01;1000\n", StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--statement", csv.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("error: " + csv), line);
        assertTrue(line.contains("--csv-preset"), line);
        assertTrue(line.contains("--csv-mapping"), line);
    }

    @Test
    void invalidDateOptionEndsWithOneLine() {
        AppRun run = AppRun.inFolder(folder, "--as-of", "2026-13-45");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.contains("invalid date '2026-13-45'"), line);
        assertTrue(line.contains("yyyy-MM-dd"), line);
    }

    @Test
    void brokenFileLeavesStoreUnchanged() throws IOException {
        assertEquals(0, AppRun.inFolder(folder).exitCode());
        Path csv = folder.resolve("cartera.csv");
        Files.writeString(csv, "rut;name;type;number;issue_date;total\n"
                + "76.111.222-8;Constructora Pehuén Ltda;33;9001;2026-01-05;119000\n"
                + "76.111.222-8;Constructora Pehuén Ltda;33;9002;2026-13-05;119000\n",
                StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", csv.toString());

        assertEquals(2, run.exitCode());
        try (StoreConnection store = StoreConnection.open(AppRun.jdbcUrl(folder), false)) {
            LedgerLoader.Loaded loaded = LedgerLoader.load(store.stores());
            assertEquals(31, loaded.ledger().documents().size(), "documents of the demo only");
            assertEquals(10, loaded.customers().size());
        }
    }

    @Test
    void brokenFileWritesNothingToFreshStore() throws IOException {
        Path good = folder.resolve("buena.csv");
        Files.writeString(good, "rut;name\n76.111.222-8;Constructora Pehuén Ltda\n",
                StandardCharsets.UTF_8);
        Path broken = folder.resolve("rota.xml");
        Files.writeString(broken, "<DTE><Documento>", StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", good.toString(), "--portfolio",
                broken.toString());

        assertEquals(2, run.exitCode());
        try (StoreConnection store = StoreConnection.open(AppRun.jdbcUrl(folder), false)) {
            assertEquals(0, LedgerLoader.load(store.stores()).customers().size());
        }
    }

    @Test
    void badCsvAmountNamesLineAndColumn() throws IOException {
        Path csv = folder.resolve("cartera.csv");
        Files.writeString(csv, "rut;name;type;number;issue_date;due_date;total\n"
                + "76.111.222-8;Constructora Pehuén Ltda;33;1;2026-01-05;2026-02-04;1.190.000\n",
                StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", csv.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of("error: " + csv + ": line 2 column 'total': '1.190.000' is not an"
                + " amount; write digits with a dot for decimals and no thousands separator,"
                + " such as 1190000 or 1250.50"), run.errLines());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = folder.resolve("no-existe.xml");

        AppRun run = AppRun.inFolder(folder, "--portfolio", missing.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of("error: " + missing + ": file not found"), run.errLines());
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path broken = folder.resolve("vacio.xml");
        Files.writeString(broken, "<DTE>", StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", broken.toString(), "--verbose");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void clpDecimalsInStatementStopBeforeAnyWrite() throws IOException {
        Path camt = folder.resolve("cartola.xml");
        Files.writeString(camt, CAMT_WITH_CLP_DECIMALS, StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--statement", camt.toString());

        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.contains("99990.50 CLP"), line);
        assertFalse(run.out().contains("Collections day"), "nothing ran before the error");
    }

    @Test
    void folderAsStatementIsNamedFolder() {
        AppRun run = AppRun.inFolder(folder, "--statement", folder.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is a folder; give a file"), run.err());
    }

    @Test
    void missingReportFolderStopsBeforeAnyWrite() {
        AppRun run = AppRun.run("--jdbc-url", AppRun.jdbcUrl(folder), "--report",
                folder.resolve("no-such-folder").resolve("r.html").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--report"), run.err());
        assertTrue(run.err().contains("not found"), run.err());
        assertFalse(run.out().contains("Collections day"), "nothing ran before the error");
    }

    @Test
    void invalidSmtpPortStopsBeforeAnyWrite() {
        AppRun run = AppRun.inFolder(folder, "--smtp-host", "127.0.0.1", "--smtp-from",
                "cobranza@example.com", "--smtp-port", "99999");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("invalid port 99999"), run.err());
    }

    @Test
    void mappingWithoutStatementNamesGivenOption() {
        AppRun run = AppRun.inFolder(folder, "--csv-mapping", "mapping.json");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--csv-mapping"), run.err());
        assertFalse(run.err().contains("--csv-preset"), run.err());
    }

    private static final String CAMT_WITH_CLP_DECIMALS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
              <BkToCstmrStmt>
                <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-10T10:00:00</CreDtTm></GrpHdr>
                <Stmt>
                  <Id>S1</Id>
                  <Acct><Id><Othr><Id>001234567</Id></Othr></Id><Ccy>CLP</Ccy></Acct>
                  <Ntry>
                    <Amt Ccy="CLP">99990.50</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts><Cd>BOOK</Cd></Sts>
                    <BookgDt><Dt>2026-03-09</Dt></BookgDt>
                    <ValDt><Dt>2026-03-09</Dt></ValDt>
                    <BkTxCd/>
                  </Ntry>
                </Stmt>
              </BkToCstmrStmt>
            </Document>
            """;
}
