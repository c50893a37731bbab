package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Translates Apache POI failures into statement errors that name the caller's source, never the
 * temporary copy. In place of POI's codes such as {@code [M1.13]}, each message states what is
 * wrong and what to do.
 */
final class WorkbookErrors {

    /** Advice for a workbook that POI cannot read. */
    private static final String RESAVE = "open it in Excel or LibreOffice and save it again";

    /**
     * Rethrows XML errors without logging them. POI's own handler, set by
     * {@code XMLHelper.newXMLReader()}, logs each one at ERROR before the caller sees it.
     * NOTE: parts that POI parses itself, such as {@code [Content_Types].xml}, the relationships
     * and the shared strings, still use POI's handler, so a broken one is logged by POI.
     */
    static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // A warning does not stop parsing and the caller has no use for it.
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private WorkbookErrors() {}

    /**
     * Checks that the copied XLSX file is a readable ZIP archive with a content types part, so
     * that POI neither falls back to stream processing with a warning nor reports a bare code.
     *
     * @throws MalformedStatementException if the archive is damaged or is no XLSX package
     */
    static void checkXlsxArchive(Path copy, String source) throws IOException {
        boolean hasContentTypes;
        try (ZipFile zip = new ZipFile(copy.toFile())) {
            hasContentTypes = zip.stream()
                    .anyMatch(entry -> entry.getName().equalsIgnoreCase("[Content_Types].xml"));
        } catch (ZipException e) {
            throw new MalformedStatementException(at(source), "the XLSX workbook is damaged or"
                    + " truncated: its ZIP directory cannot be read; download the file again or "
                    + RESAVE, e);
        }
        if (!hasContentTypes) {
            throw new MalformedStatementException(at(source), "not an XLSX workbook: the ZIP"
                    + " archive has no [Content_Types].xml part, which every Office Open XML"
                    + " file has; " + RESAVE + " as .xlsx");
        }
    }

    /** Describes an XML error in one part of an XLSX workbook, at its line and column. */
    static MalformedStatementException xml(String source, String part, SAXParseException e) {
        SourcePosition position = new SourcePosition(
                source, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), part);
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return new MalformedStatementException(position, "the workbook XML contains a DOCTYPE"
                    + " declaration, which is rejected because it can read other files; "
                    + RESAVE, e);
        }
        return new MalformedStatementException(position,
                "the workbook XML is invalid: " + firstLine(message) + "; " + RESAVE, e);
    }

    /**
     * Translates any other failure while reading a workbook.
     *
     * @param xls whether the input was a legacy XLS workbook, else XLSX
     */
    static StatementException translate(String source, boolean xls, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StatementException statement) {
                return statement;
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("max size")
                || message.contains("MaxFileCount")) {
            return new LimitExceededException(at(source), "the workbook was not opened because it"
                    + " passes POI's zip bomb limits (ZipSecureFile minimum inflate ratio, maximum"
                    + " part size or maximum part count); check that the file is a genuine export",
                    e);
        }
        if (xls) {
            return new MalformedStatementException(at(source), "the XLS workbook is damaged or is"
                    + " not an Excel 97-2003 file; " + RESAVE, e);
        }
        return new MalformedStatementException(at(source), "the XLSX workbook is damaged or"
                + " incomplete (" + detail(message) + "); " + RESAVE, e);
    }

    private static SourcePosition at(String source) {
        return new SourcePosition(source, 0, 0, "");
    }

    /** Drops POI's rule codes, such as {@code [M1.13]}, and any file name from its message. */
    private static String detail(String message) {
        String text = firstLine(message).replaceAll("\\s*\\[M\\d+\\.\\d+\\]", "")
                .replaceAll("'?/[^\\s']*receivables-workbook-[^\\s']*'?", "the file");
        return text.strip();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
