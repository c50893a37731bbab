package io.github.receivables.examples.quickstart.demo;

import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.quickstart.InputFile;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo company the app ships: Comercial Cordillera SpA, a Chilean wholesaler, with its DTE
 * envelope, sales register export, customer contacts and one Banco de Chile cartola.
 */
public final class DemoData {

    /** The fixed day of the demo, so every run gives the same output. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

    /** The seller's name. */
    public static final String COMPANY = "Comercial Cordillera SpA";

    /** The phone number the demo's reminders give for questions. */
    public static final String PHONE = "+56 2 2345 6700";

    /** The email address the demo's reminders give for questions. */
    public static final String EMAIL = "cobranza@cordillera.example";

    /** The seller's RUT. */
    public static final Rut SELLER = Rut.of(76_543_210);

    /** The column mapping preset of the demo statement. */
    public static final String STATEMENT_PRESET = "cl_bancochile_cartola";

    /** Resource folder of the demo files. */
    static final String FOLDER = "/demo/";

    /** File names of the demo portfolio, in the folder. */
    static final List<String> PORTFOLIO = List.of("envio-dte-cordillera.xml",
            "rcv-ventas-cordillera.csv", "clientes-cordillera.csv");

    /** File name of the demo statement, in the folder. */
    static final String STATEMENT = "cartola-bancochile-2026-03.xlsx";

    private DemoData() {}

    /**
     * Returns the demo portfolio files.
     *
     * @return the DTE envelope, the sales register export and the customer CSV; never null
     */
    public static List<InputFile> portfolioFiles() {
        return PORTFOLIO.stream().map(name -> InputFile.resource(FOLDER + name)).toList();
    }

    /**
     * Returns the demo bank statement.
     *
     * @return the cartola workbook; never null
     */
    public static InputFile statementFile() {
        return InputFile.resource(FOLDER + STATEMENT);
    }
}
