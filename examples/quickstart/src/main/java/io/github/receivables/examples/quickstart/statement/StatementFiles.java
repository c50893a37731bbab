package io.github.receivables.examples.quickstart.statement;

import io.github.receivables.core.ReceivablesException;
import io.github.receivables.examples.quickstart.InputFile;
import io.github.receivables.examples.quickstart.InputFileException;
import io.github.receivables.reconciliation.csv.ColumnMapping;
import io.github.receivables.reconciliation.csv.ColumnMappings;
import io.github.receivables.reconciliation.csv.MappingPresets;
import io.github.receivables.reconciliation.importing.FormatDetection;
import io.github.receivables.reconciliation.importing.FormatDetector;
import io.github.receivables.reconciliation.importing.StatementReaders;
import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.BankStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a bank statement file of any supported format into memory, before anything is written.
 * The format is detected from the file's first bytes; CSV files and workbooks need a column
 * mapping, from a preset name or a mapping file.
 */
public final class StatementFiles {

    private StatementFiles() {}

    /**
     * The statements of one file.
     *
     * @param file the file name; never null
     * @param statements the statements in file order; never null
     * @param mapping the column mapping used for CSV and workbooks, or null
     */
    public record ReadStatement(String file, List<BankStatement> statements,
            ColumnMapping mapping) {}

    /**
     * Loads a column mapping from a preset or a file.
     *
     * @param preset a preset name such as {@code cl_bancochile_cartola}, or null
     * @param mappingFile a mapping JSON file, or null
     * @return the mapping, or null when neither is given
     * @throws InputFileException if the preset is unknown or the file is not a valid mapping
     */
    public static ColumnMapping mapping(String preset, Path mappingFile) {
        if (preset != null) {
            try {
                return MappingPresets.load(preset);
            } catch (ReceivablesException | IllegalArgumentException e) {
                throw new InputFileException("--csv-preset " + preset, "unknown preset; the"
                        + " presets are " + String.join(", ", MappingPresets.names()), e);
            }
        }
        if (mappingFile != null) {
            InputFile file = InputFile.of(mappingFile);
            try (InputStream in = file.opener().open()) {
                return ColumnMappings.read(in);
            } catch (IOException e) {
                throw new InputFileException(file.name(), "cannot read the file: "
                        + e.getMessage(), e);
            } catch (ReceivablesException | IllegalArgumentException | UncheckedIOException e) {
                throw InputFileException.of(file.name(), e);
            }
        }
        return null;
    }

    /**
     * Reads every statement of a file.
     *
     * @param file the file; never null
     * @param mapping the column mapping for CSV and workbooks, or null
     * @return the statements; never null
     * @throws InputFileException if the file cannot be read, naming it and the reason
     */
    public static ReadStatement read(InputFile file, ColumnMapping mapping) {
        StatementReaders readers = StatementReaderSet.create();
        if (mapping == null) {
            requireMappingForTables(readers, file);
        }
        try (InputStream in = file.opener().open()) {
            List<BankStatement> statements = readers.readAll(in, file.name(), mapping);
            if (statements.isEmpty()) {
                throw new InputFileException(file.name(), "the file contains no bank statement");
            }
            requireMatchableAmounts(statements);
            return new ReadStatement(file.name(), statements, mapping);
        } catch (IOException e) {
            throw new InputFileException(file.name(), "cannot read the file: " + e.getMessage(), e);
        } catch (ReceivablesException | IllegalArgumentException | UncheckedIOException
                | ArithmeticException | DateTimeException e) {
            if (e instanceof InputFileException input) {
                throw input;
            }
            throw InputFileException.of(file.name(), e);
        }
    }

    /**
     * Converts every entry to bank lines once, so an amount that matching cannot take (CLP with
     * decimals, an unknown currency) stops the run before anything is stored.
     */
    private static void requireMatchableAmounts(List<BankStatement> statements) {
        for (BankStatement statement : statements) {
            statement.entries().forEach(BankLine::of);
        }
    }

    /** Rejects a CSV or workbook statement given without a column mapping, naming the options. */
    private static void requireMappingForTables(StatementReaders readers, InputFile file) {
        FormatDetection detection;
        try (InputStream in = file.opener().open()) {
            detection = readers.detect(in.readNBytes(FormatDetector.HEAD_BYTES), file.name());
        } catch (IOException e) {
            return; // the read that follows reports the file as unreadable
        }
        if (detection instanceof FormatDetection.Detected detected
                && (detected.format() == StatementFormat.CSV
                        || detected.format() == StatementFormat.SPREADSHEET)) {
            StatementFormat format = detected.format();
            throw new InputFileException(file.name(), "a " + format.name().toLowerCase(Locale.ROOT)
                    + " statement needs its column layout: pass --csv-preset NAME (such as"
                    + " cl_bancochile_cartola) or --csv-mapping FILE");
        }
    }
}
