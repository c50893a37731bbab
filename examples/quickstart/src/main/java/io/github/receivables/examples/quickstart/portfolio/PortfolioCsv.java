package io.github.receivables.examples.quickstart.portfolio;

import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.quickstart.InputFile;
import io.github.receivables.examples.quickstart.InputFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the quickstart's own portfolio CSV: one row per customer or per document, described in
 * the module README. The header names the columns in any order; {@code rut} and {@code name}
 * are required, and a row with a {@code number} is a document of that customer.
 */
final class PortfolioCsv {

    /** The columns of the format. */
    static final Set<String> COLUMNS = Set.of("rut", "name", "email", "phone", "regime",
            "segment", "type", "number", "issue_date", "due_date", "total", "tax", "currency",
            "reference", "disputed_since");

    private final Rut seller;
    private final PrintStream progress;

    PortfolioCsv(Rut seller, PrintStream progress) {
        this.seller = seller;
        this.progress = progress;
    }

    /**
     * Tells whether a header line is that of a portfolio CSV.
     *
     * @param header the first line; never null
     * @return true when the columns include {@code rut} and {@code name}
     */
    static boolean isPortfolioHeader(String header) {
        List<String> names = CsvLine.split(stripBom(header), delimiterOf(header)).stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return names.contains("rut") && names.contains("name");
    }

    /** Reads the file into the portfolio and returns what it held. */
    PortfolioReader.FileSummary read(InputFile file, Portfolio portfolio) {
        ImportProgress counter = new ImportProgress(progress, file.name(), file.size());
        long customers;
        try (InputStream in = counter.track(file.opener().open());
                BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            String header = reader.readLine();
            if (header == null) {
                throw new InputFileException(file.name(), "the file is empty; expected a header"
                        + " line such as"
                        + " rut;name;email;phone;type;number;issue_date;due_date;total");
            }
            char delimiter = delimiterOf(header);
            Map<String, Integer> columns = columns(file, CsvLine.split(stripBom(header),
                    delimiter));
            PortfolioRow rows = new PortfolioRow(file.name(), columns, seller);
            String line;
            long lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (rows.add(lineNumber, split(file, lineNumber, line, delimiter), portfolio)) {
                    counter.documentRead();
                }
            }
            customers = rows.customers();
        } catch (CharacterCodingException e) {
            throw new InputFileException(file.name(), "the file is not valid UTF-8; save it as"
                    + " UTF-8", e);
        } catch (IOException e) {
            throw new InputFileException(file.name(), "cannot read the file: " + e.getMessage(), e);
        }
        return new PortfolioReader.FileSummary(file.name(), PortfolioFormat.PORTFOLIO_CSV,
                customers, counter.count());
    }

    private static List<String> split(InputFile file, long lineNumber, String line,
            char delimiter) {
        try {
            return CsvLine.split(line, delimiter);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(file.name(), "line " + lineNumber + ": "
                    + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> columns(InputFile file, List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new InputFileException(file.name(), "line 1: unknown column '"
                        + header.get(i) + "'; the columns are " + String.join(", ",
                        new java.util.TreeSet<>(COLUMNS)));
            }
            if (columns.put(name, i) != null) {
                throw new InputFileException(file.name(), "line 1: column '" + name
                        + "' appears twice");
            }
        }
        for (String required : List.of("rut", "name")) {
            if (!columns.containsKey(required)) {
                throw new InputFileException(file.name(), "line 1: column '" + required
                        + "' is missing");
            }
        }
        return columns;
    }

    private static char delimiterOf(String header) {
        return header.indexOf(';') >= 0 ? ';' : ',';
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }
}
