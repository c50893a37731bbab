package io.github.receivables.examples.quickstart.portfolio;

import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.quickstart.Counts;
import io.github.receivables.examples.quickstart.InputFile;
import io.github.receivables.examples.quickstart.InputFileException;
import io.github.receivables.reconciliation.sii.SiiDocumentMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads every portfolio file of a run into one {@link Portfolio} and writes nothing. Files are
 * read in a fixed order whatever the order given: DTE XML first (they carry due dates), then
 * sales registers, then portfolio CSVs.
 */
public final class PortfolioReader {

    private static final Rut STAND_IN_SELLER = Rut.of(1);

    private final Rut seller;
    private final PrintStream progress;

    /**
     * Creates the reader.
     *
     * @param seller the seller's RUT, or null to take it from the DTEs read
     * @param progress where progress lines go, such as standard error; never null
     */
    public PortfolioReader(Rut seller, PrintStream progress) {
        this.seller = seller;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Reads the files.
     *
     * @param files the files; never null
     * @return the portfolio and what each file contributed; never null
     * @throws InputFileException if a file cannot be read, naming it and the reason
     */
    public PortfolioRead read(List<InputFile> files) {
        List<ClassifiedFile> classified = new ArrayList<>();
        for (InputFile file : files) {
            classified.add(new ClassifiedFile(file, PortfolioFormat.detect(file)));
        }
        classified.sort(Comparator.comparing(ClassifiedFile::format));

        Portfolio portfolio = new Portfolio();
        SiiFiles sii = new SiiFiles(SiiDocumentMapper.builder().build(), progress);
        List<FileSummary> summaries = new ArrayList<>();
        for (ClassifiedFile entry : classified) {
            summaries.add(switch (entry.format()) {
                case DTE_XML -> FileSummary.documents(entry,
                        sii.readDte(entry.file(), portfolio));
                case RCV_SALES -> FileSummary.documents(entry,
                        sii.readRcv(entry.file(), sellerFor(entry.file(), sii), portfolio));
                case PORTFOLIO_CSV -> new PortfolioCsv(seller != null ? seller
                        : singleIssuer(sii), progress).read(entry.file(), portfolio);
            });
        }
        portfolio.addMissingCustomers(id -> Customer.builder(id, id.value()).build());
        return new PortfolioRead(portfolio, summaries, seller != null ? seller
                : singleIssuer(sii), sii.issuerName());
    }

    private Rut sellerFor(InputFile file, SiiFiles sii) {
        Rut rut = seller != null ? seller : singleIssuer(sii);
        if (rut == null) {
            // Read once with a stand-in seller so that a file of the wrong kind, such as a
            // purchase register, is reported as such rather than as a missing option.
            sii.readRcv(file, STAND_IN_SELLER, new Portfolio());
            throw new InputFileException(file.name(), "a sales register does not name the"
                    + " seller; pass --seller-rut, or import the seller's DTE XML files with it");
        }
        return rut;
    }

    private static Rut singleIssuer(SiiFiles sii) {
        Set<Rut> issuers = sii.issuers();
        return issuers.size() == 1 ? issuers.iterator().next() : null;
    }

    record ClassifiedFile(InputFile file, PortfolioFormat format) {}

    /**
     * The contribution of one file.
     *
     * @param file the file name; never null
     * @param format how it was read; never null
     * @param customers how many customers the file described in rows of their own; SII files
     *     name customers only inside their documents and count 0
     * @param documents how many documents it held
     */
    public record FileSummary(String file, PortfolioFormat format, long customers,
            long documents) {

        static FileSummary documents(ClassifiedFile entry, long documents) {
            return new FileSummary(entry.file().name(), entry.format(), 0, documents);
        }

        /**
         * Describes what the file held, such as {@code 10 customers} or {@code 1 document}.
         *
         * @return the counts that are not zero, or {@code 0 documents}; never null
         */
        public String contents() {
            if (customers == 0) {
                return Counts.of(documents, "document", "documents");
            }
            String described = Counts.of(customers, "customer", "customers");
            return documents == 0 ? described
                    : described + ", " + Counts.of(documents, "document", "documents");
        }
    }

    /**
     * The result of reading all files.
     *
     * @param portfolio the merged customers and documents; never null
     * @param files what each file contributed, in reading order; never null
     * @param seller the seller's RUT, given or found, or null when unknown
     * @param sellerName the issuer name of the first DTE read, or null
     */
    public record PortfolioRead(Portfolio portfolio, List<FileSummary> files, Rut seller,
            String sellerName) {}

    /** Returns the UTF-8 text of the first line of a file head, for format detection. */
    static String firstLine(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    }
}
