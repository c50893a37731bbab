package io.github.receivables.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio CSV format as the README documents it. */
class PortfolioCsvTest {

    private static final String README_EXAMPLE = """
            rut;name;email;phone;type;number;issue_date;due_date;total;tax;reference
            76.111.222-8;Constructora Pehuén Ltda;pagos@pehuen.example;+56 9 5111 2222;33;1001;\
            2026-01-05;2026-02-04;1190000;190000;
            76.111.222-8;Constructora Pehuén Ltda;;;61;201;2026-01-20;;119000;19000;33-1001
            77.222.333-1;Ferretería El Roble SpA;finanzas@elroble.example;;;;;;;;
            """;

    @TempDir
    Path folder;

    @Test
    void readmeExampleImportsWithCreditNote() throws IOException {
        Path csv = folder.resolve("cartera.csv");
        Files.writeString(csv, README_EXAMPLE, StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", csv.toString(), "--as-of",
                "2026-03-10");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("cartera.csv: 2 customers, 2 documents (portfolio CSV)"), run.out());
        assertTrue(run.out().contains("Stored 2 new customers (0 updated) and 2 new documents"),
                run.out());
        assertTrue(run.out().contains("1 credit or debit note allocation"), run.out());
        String pehuen = run.out().lines().filter(line -> line.contains("Constructora Pehuén"))
                .findFirst().orElseThrow();
        assertTrue(pehuen.contains("$1.071.000"), pehuen);
    }

    @Test
    void longImportPrintsProgress() throws IOException {
        StringBuilder csv = new StringBuilder("rut;name;type;number;issue_date;due_date;total\n");
        for (int number = 1; number <= 2_500; number++) {
            csv.append("76.111.222-8;Constructora Pehuén Ltda;33;").append(number)
                    .append(";2026-01-05;2026-04-04;119000\n");
        }
        Path file = folder.resolve("grande.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", file.toString(), "--as-of",
                "2026-03-10");

        assertEquals(0, run.exitCode(), run.err());
        List<String> progress = run.errLines();
        assertEquals(2, progress.size(), run.err());
        assertTrue(progress.get(0).contains("grande.csv: 1,000 documents read ("), run.err());
        assertTrue(progress.get(1).contains("grande.csv: 2,000 documents read ("), run.err());
    }

    @Test
    void unknownColumnIsNamed() throws IOException {
        Path csv = folder.resolve("cartera.csv");
        Files.writeString(csv, "rut;name;monto\n76.111.222-8;Pehuén;100\n",
                StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", csv.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("error: " + csv + ": line 1: unknown column"
                + " 'monto'"), run.err());
    }

    @Test
    void wrongRutCheckDigitIsNamed() throws IOException {
        Path csv = folder.resolve("cartera.csv");
        Files.writeString(csv, "rut;name\n76.111.222-9;Pehuén\n", StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", csv.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("error: " + csv + ": line 2 column 'rut':"),
                run.err());
        assertTrue(run.errLines().get(0).contains("check digit"), run.err());
    }

    @Test
    void clpTotalWithDecimalsIsRejected() throws IOException {
        Path csv = folder.resolve("cartera.csv");
        Files.writeString(csv, "rut;name;type;number;issue_date;total\n"
                + "76.111.222-8;Constructora Pehuén Ltda;33;9001;2026-01-05;1250.50\n",
                StandardCharsets.UTF_8);

        AppRun run = AppRun.inFolder(folder, "--portfolio", csv.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'1250.50' has more decimals than CLP allows (0)"),
                run.err());
        assertTrue(run.err().contains("write a whole number"), run.err());
    }
}
