package io.github.receivables.examples.quickstart.portfolio;

import io.github.receivables.examples.quickstart.InputFile;
import io.github.receivables.examples.quickstart.InputFileException;

/** The kinds of portfolio file, in the order a run reads them. */
public enum PortfolioFormat {
    /** An SII DTE XML file: one DTE or an envelope such as EnvioDTE. */
    DTE_XML("DTE XML"),
    /** The SII sales register export (RCV ventas). */
    RCV_SALES("RCV sales register"),
    /** The quickstart's own CSV of customers and documents. */
    PORTFOLIO_CSV("portfolio CSV");

    private final String label;

    PortfolioFormat(String label) {
        this.label = label;
    }

    /**
     * Returns the name shown to users.
     *
     * @return the label, such as {@code DTE XML}; never null
     */
    public String label() {
        return label;
    }

    /**
     * Detects the format from the file's first bytes: XML is a DTE file; text whose header has
     * the columns {@code rut} and {@code name} is a portfolio CSV; other delimited text is read as
     * a sales register, whose reader rejects anything else with its own message.
     *
     * @param file the file; never null
     * @return the format; never null
     * @throws InputFileException if the file is empty or binary
     */
    static PortfolioFormat detect(InputFile file) {
        byte[] head = file.head(4096);
        String first = PortfolioReader.firstLine(head).strip();
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1).strip();
        }
        if (first.isEmpty() && head.length == 0) {
            throw new InputFileException(file.name(), "the file is empty");
        }
        if (first.startsWith("<")) {
            return DTE_XML;
        }
        for (byte b : head) {
            if (b == 0) {
                throw new InputFileException(file.name(), "binary content is not a portfolio"
                        + " file; expected DTE XML, an RCV sales export or a portfolio CSV");
            }
        }
        if (!first.contains(";") && !first.contains(",")) {
            throw new InputFileException(file.name(), "not a portfolio file; expected DTE XML,"
                    + " an RCV sales export or a portfolio CSV (see the README)");
        }
        return PortfolioCsv.isPortfolioHeader(first) ? PORTFOLIO_CSV : RCV_SALES;
    }
}
