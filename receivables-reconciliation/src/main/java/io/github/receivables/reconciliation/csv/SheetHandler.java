package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** SAX handler for one worksheet part: collects each row's cells and hands the row on. */
final class SheetHandler extends DefaultHandler {

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final String source;
    private final int maxFieldLength;
    private final RowSink sink;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private List<CellValue> cells;
    private long rowNumber;
    private int column = -1;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;

    SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904,
            String source, int maxFieldLength, RowSink sink) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.source = source;
        this.maxFieldLength = maxFieldLength;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
        switch (local) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v" -> {
                inValue = true;
                text.setLength(0);
            }
            case "t" -> {
                if (!inPhonetic && "inlineStr".equals(type)) {
                    inInlineText = true;
                }
            }
            case "rPh" -> inPhonetic = true;
            case "is" -> text.setLength(0);
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        switch (local) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            if (text.length() + length > maxFieldLength) {
                throw new LimitExceededException(position(), "a cell is longer than "
                        + maxFieldLength + " characters; raise ReaderLimits.maxFieldLength");
            }
            text.append(ch, start, length);
        }
    }

    private void startRow(String r) {
        try {
            rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r.strip());
        } catch (NumberFormatException e) {
            throw new MalformedStatementException(new SourcePosition(source, rowNumber + 1, 0, ""),
                    "a row number '" + CellReader.shorten(r) + "' is not a number");
        }
        cells = SheetCells.newRow();
        column = -1;
    }

    private void startCell(Attributes attributes) {
        String ref = attributes.getValue("r");
        column = ref == null ? column + 1 : columnIndex(ref);
        if (column < 0) {
            throw new MalformedStatementException(new SourcePosition(source, rowNumber, 0, ""),
                    "a cell reference '" + CellReader.shorten(ref) + "' has no column letters");
        }
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        text.setLength(0);
    }

    private void endCell() {
        CellValue value = value();
        if (!value.text().isEmpty()) {
            SheetCells.put(cells, column, value, source, rowNumber, maxFieldLength);
        }
        type = null;
    }

    private CellValue value() {
        try {
            return typedValue(text.toString());
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new InvalidValueException(position(), "a cell of type " + type + " contains '"
                    + CellReader.shorten(text.toString()) + "', which does not fit its type");
        }
    }

    private CellValue typedValue(String raw) {
        if (type == null || "n".equals(type)) {
            if (raw.isBlank()) {
                return CellValue.EMPTY;
            }
            if (isDateStyle(style)) {
                return new CellValue.DateTime(
                        DateUtil.getLocalDateTime(Double.parseDouble(raw), date1904));
            }
            return number(raw);
        }
        return switch (type) {
            case "s" -> new CellValue.Text(strings.getItemAt(Integer.parseInt(raw.strip()))
                    .getString());
            case "b" -> new CellValue.Text("1".equals(raw.strip()) ? "TRUE" : "FALSE");
            case "d" -> isoDate(raw);
            default -> new CellValue.Text(raw);
        };
    }

    private CellValue number(String raw) {
        return new CellValue.Number(SheetCells.number(raw));
    }

    private CellValue isoDate(String raw) {
        try {
            String value = raw.strip();
            return new CellValue.DateTime(value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay()
                    : LocalDateTime.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(position(), "a date cell contains '"
                    + CellReader.shorten(raw) + "', which is not an ISO 8601 date");
        }
    }

    private SourcePosition position() {
        return new SourcePosition(source, rowNumber, column + 1,
                RowPositions.columnName(column) + rowNumber);
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null && DateUtil.isADateFormat(
                    cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    private void endRow() {
        if (!cells.isEmpty()) {
            sink.accept(new TableRow(rowNumber, rowNumber, List.copyOf(cells)));
        }
        cells = null;
    }

    /** Converts the letters of an A1 reference to a 0-based column index. */
    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
