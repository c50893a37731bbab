package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a sales register header, found by name: case, accents, a byte order mark and
 * repeated spaces are ignored, so {@code Fecha Recepción} finds {@code Fecha Recepcion}.
 */
final class RcvColumns {

    static final String NUMBER = "nro";
    static final String TYPE = "tipo doc";
    static final String SALE_TYPE = "tipo venta";
    static final String CUSTOMER_RUT = "rut cliente";
    static final String CUSTOMER_NAME = "razon social";
    static final String FOLIO = "folio";
    static final String ISSUE_DATE = "fecha docto";
    static final String RECEPTION = "fecha recepcion";
    static final String ACKNOWLEDGED = "fecha acuse recibo";
    static final String CLAIM = "fecha reclamo";
    static final String EXEMPT = "monto exento";
    static final String NET = "monto neto";
    static final String VAT = "monto iva";
    static final String TOTAL = "monto total";
    static final String REFERENCE_TYPE = "tipo docto. referencia";
    static final String REFERENCE_FOLIO = "folio docto. referencia";
    static final String OTHER_TAX_CODE = "codigo otro imp.";
    static final String OTHER_TAX_AMOUNT = "valor otro imp.";
    static final String OTHER_TAX_RATE = "tasa otro imp.";

    private static final List<String> REQUIRED = List.of(NUMBER, TYPE, CUSTOMER_RUT, FOLIO,
            ISSUE_DATE, TOTAL);
    private static final Map<String, String> ALIASES = Map.of(
            "codigo otro impuesto", OTHER_TAX_CODE,
            "valor otro impuesto", OTHER_TAX_AMOUNT,
            "tasa otro impuesto", OTHER_TAX_RATE);
    private static final String PURCHASE_MARKER = "rut proveedor";

    private final Map<String, Integer> indexes;
    private final List<String> headers;

    private RcvColumns(Map<String, Integer> indexes, List<String> headers) {
        this.indexes = indexes;
        this.headers = headers;
    }

    /**
     * Reads the header row.
     *
     * @throws UnsupportedVersionException for a purchase register
     * @throws MalformedStatementException if a required column is missing
     */
    static RcvColumns of(List<String> header, SourcePosition position) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i));
            indexes.putIfAbsent(ALIASES.getOrDefault(name, name), i);
        }
        if (indexes.containsKey(PURCHASE_MARKER)) {
            throw new UnsupportedVersionException(position, "this is a purchase register"
                    + " (Registro de Compras, column RUT Proveedor): its documents are payables"
                    + " issued by suppliers; import the sales register (Registro de Ventas, column"
                    + " Rut cliente) for receivables, and the purchase register into accounts"
                    + " payable");
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!indexes.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new MalformedStatementException(position, "the header lacks the column(s) "
                    + missing + ": expected an SII sales register export with ';' separators and"
                    + " the columns " + REQUIRED);
        }
        return new RcvColumns(indexes, List.copyOf(header));
    }

    /** Returns the stripped value, or null when the column is absent, empty or "null". */
    String value(List<String> row, String column) {
        Integer index = indexes.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() || value.equalsIgnoreCase("null") ? null : value;
    }

    /** Returns the header as written in the file, for positions. */
    String header(String column) {
        Integer index = indexes.get(column);
        return index == null ? column : headers.get(index).strip();
    }

    static String normalize(String name) {
        String decomposed = Normalizer.normalize(name.replace("\uFEFF", ""), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
