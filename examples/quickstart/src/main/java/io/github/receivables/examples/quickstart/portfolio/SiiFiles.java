package io.github.receivables.examples.quickstart.portfolio;

import io.github.receivables.core.ReceivablesException;
import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.quickstart.InputFile;
import io.github.receivables.examples.quickstart.InputFileException;
import io.github.receivables.reconciliation.sii.DteDocument;
import io.github.receivables.reconciliation.sii.DteHandler;
import io.github.receivables.reconciliation.sii.DteReader;
import io.github.receivables.reconciliation.sii.MappingResult;
import io.github.receivables.reconciliation.sii.NotReceivableException;
import io.github.receivables.reconciliation.sii.RcvDocument;
import io.github.receivables.reconciliation.sii.RcvHandler;
import io.github.receivables.reconciliation.sii.RcvReaderOptions;
import io.github.receivables.reconciliation.sii.RcvSalesReader;
import io.github.receivables.reconciliation.sii.SiiDocumentMapper;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads SII files, DTE XML and the sales register (RCV ventas), into a {@link Portfolio}. */
final class SiiFiles {

    private final SiiDocumentMapper mapper;
    private final PrintStream progress;
    private final Set<Rut> issuers = new LinkedHashSet<>();
    private String issuerName;

    SiiFiles(SiiDocumentMapper mapper, PrintStream progress) {
        this.mapper = mapper;
        this.progress = progress;
    }

    /** Returns the issuer RUTs of the DTEs read so far, in the order first seen. */
    Set<Rut> issuers() {
        return Set.copyOf(issuers);
    }

    /** Returns the name of the first DTE issuer read, or null. */
    String issuerName() {
        return issuerName;
    }

    /** Reads one DTE XML file (a single DTE or an envelope) and returns its document count. */
    long readDte(InputFile file, Portfolio portfolio) {
        ImportProgress counter = new ImportProgress(progress, file.name(), file.size());
        try (InputStream in = counter.track(file.opener().open())) {
            new DteReader().read(in, file.name(), new DteHandler() {
                @Override
                public void document(DteDocument dte) {
                    issuers.add(dte.issuerRut());
                    if (issuerName == null) {
                        issuerName = dte.issuerName();
                    }
                    add(mapDte(dte), file, portfolio);
                    counter.documentRead();
                }

                @Override
                public void warning(ReaderWarning warning) {
                    portfolio.note("warning: " + warning.position() + ": " + warning.message());
                }
            });
        } catch (IOException e) {
            throw new InputFileException(file.name(), "cannot read the file: " + e.getMessage(), e);
        } catch (ReceivablesException | IllegalArgumentException | UncheckedIOException
                | ArithmeticException | DateTimeException e) {
            throw InputFileException.of(file.name(), e);
        }
        return counter.count();
    }

    /** Reads one sales register export and returns its document count. */
    long readRcv(InputFile file, Rut seller, Portfolio portfolio) {
        ImportProgress counter = new ImportProgress(progress, file.name(), file.size());
        RcvSalesReader reader = new RcvSalesReader(RcvReaderOptions.forIssuer(seller));
        try (InputStream in = counter.track(file.opener().open())) {
            reader.read(in, file.name(), new RcvHandler() {
                @Override
                public void document(RcvDocument row) {
                    add(mapRcv(row), file, portfolio);
                    counter.documentRead();
                }

                @Override
                public void warning(ReaderWarning warning) {
                    portfolio.note("warning: " + warning.position() + ": " + warning.message());
                }
            });
        } catch (IOException e) {
            throw new InputFileException(file.name(), "cannot read the file: " + e.getMessage(), e);
        } catch (ReceivablesException | IllegalArgumentException | UncheckedIOException
                | ArithmeticException | DateTimeException e) {
            throw InputFileException.of(file.name(), e);
        }
        return counter.count();
    }

    private MappingResult mapDte(DteDocument dte) {
        try {
            return mapper.map(dte);
        } catch (NotReceivableException e) {
            return new MappingResult.Skipped(dte.position(), dte.documentId(), e.getMessage(),
                    List.of());
        }
    }

    private MappingResult mapRcv(RcvDocument row) {
        try {
            return mapper.map(row);
        } catch (NotReceivableException e) {
            return new MappingResult.Skipped(row.position(), row.documentId(), e.getMessage(),
                    List.of());
        }
    }

    private static void add(MappingResult result, InputFile file, Portfolio portfolio) {
        if (result instanceof MappingResult.Mapped mapped) {
            portfolio.addCustomer(mapped.customer(), false);
            portfolio.addDocument(mapped.document(), file.name());
        } else if (result instanceof MappingResult.Skipped skipped) {
            portfolio.note("skipped " + skipped.documentId() + ": " + skipped.reason());
        }
    }
}
