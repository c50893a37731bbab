package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one XLSX worksheet through POI's event API: the sheet XML is parsed with
 * SAX by POI's secure parser (no DTDs, no external entities), so memory stays bounded by one row
 * plus the shared string table.
 */
final class XlsxRowSource {

    private final SheetSelection selection;
    private final String source;
    private final int maxFieldLength;

    XlsxRowSource(SheetSelection selection, String source, int maxFieldLength) {
        this.selection = selection;
        this.source = source;
        this.maxFieldLength = maxFieldLength;
    }

    /**
     * Reads the selected sheet of the workbook file.
     *
     * @return the sheet's name
     */
    String read(Path workbook, SheetNameListener onSheet, RowSink sink)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        PoiGuards.apply();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = date1904(reader);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            int index = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (selected(name, index++)) {
                        onSheet.sheet(name);
                        XMLReader parser = newParser();
                        parser.setContentHandler(new SheetHandler(
                                strings, styles, date1904, source, maxFieldLength, sink));
                        parse(parser, sheet, name);
                        return name;
                    }
                }
            }
            throw new MalformedStatementException(new SourcePosition(source, 0, 0, ""),
                    "the workbook has no sheet " + describe() + "; its sheets are " + names);
        }
    }

    private boolean selected(String name, int index) {
        if (selection.name() != null) {
            return selection.name().strip().toLowerCase(Locale.ROOT)
                    .equals(name.strip().toLowerCase(Locale.ROOT));
        }
        int wanted = selection.index() == null ? 0 : selection.index();
        return wanted == index;
    }

    private String describe() {
        return selection.name() != null
                ? "named '" + selection.name() + "'"
                : "at index " + (selection.index() == null ? 0 : selection.index());
    }

    private boolean date1904(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] result = new boolean[1];
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = newParser();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if ("workbookPr".equals(local)) {
                        String value = a.getValue("date1904");
                        result[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parse(parser, workbook, "xl/workbook.xml");
        }
        return result[0];
    }

    /** Creates POI's hardened SAX parser, with an error handler that does not log. */
    private static XMLReader newParser() throws SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setErrorHandler(WorkbookErrors.SILENT);
        return parser;
    }

    private void parse(XMLReader parser, InputStream part, String partName)
            throws IOException, SAXException {
        try {
            parser.parse(new InputSource(part));
        } catch (SAXParseException e) {
            throw WorkbookErrors.xml(source, partName, e);
        }
    }

    /** Receives the name of the sheet about to be read. */
    @FunctionalInterface
    interface SheetNameListener {
        /** Receives the sheet name. */
        void sheet(String name);
    }
}
