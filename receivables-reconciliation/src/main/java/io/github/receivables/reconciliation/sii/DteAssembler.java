package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects the fields of one DTE as the parser meets them and builds the {@link DteDocument} at
 * the end of the element. Paths are relative to the {@code Documento} (or {@code Exportaciones})
 * element. Memory is bounded by the fields kept and {@link #MAX_GROUP_ROWS}.
 */
final class DteAssembler {

    /** Maximum rows of one repeated group, above the SII maximum of 1000 detail lines. */
    static final int MAX_GROUP_ROWS = 5_000;

    static final String ID_DOC = "Encabezado/IdDoc/";
    static final String PAYMENTS = "Encabezado/IdDoc/MntPagos";
    static final String TOTALS = "Encabezado/Totales";
    static final String OTHER_CURRENCY = "Encabezado/OtraMoneda";
    static final String REFERENCE = "Referencia";
    static final String LINE = "Detalle";
    static final String ADJUSTMENT = "DscRcgGlobal";

    private static final Set<String> SINGLE_FIELDS = Set.of(
            ID_DOC + "TipoDTE", ID_DOC + "Folio", ID_DOC + "FchEmis", ID_DOC + "FchVenc",
            ID_DOC + "FmaPago", ID_DOC + "TermPagoGlosa", ID_DOC + "TermPagoDias",
            "Encabezado/Emisor/RUTEmisor", "Encabezado/Emisor/RznSoc",
            "Encabezado/Emisor/RznSocEmisor", "Encabezado/Receptor/RUTRecep",
            "Encabezado/Receptor/RznSocRecep", TOTALS + "/TpoMoneda", TOTALS + "/MntNeto",
            TOTALS + "/MntExe", TOTALS + "/TasaIVA", TOTALS + "/IVA", TOTALS + "/MntTotal",
            OTHER_CURRENCY + "/TpoMoneda", OTHER_CURRENCY + "/TpoCambio",
            OTHER_CURRENCY + "/MntExeOtrMnda", OTHER_CURRENCY + "/MntTotOtrMnda");

    private final SourcePosition start;
    private final DteReaderOptions options;
    private final Consumer<ReaderWarning> warnings;
    private final RawRow fields;
    private final Map<String, List<RawRow>> groups = Map.of(PAYMENTS, new ArrayList<>(),
            REFERENCE, new ArrayList<>(), LINE, new ArrayList<>(), ADJUSTMENT, new ArrayList<>());
    private String openGroup;
    private RawRow openRow;
    private boolean totalsSeen;

    DteAssembler(SourcePosition start, DteReaderOptions options, Consumer<ReaderWarning> warnings) {
        this.start = start;
        this.options = options;
        this.warnings = warnings;
        this.fields = new RawRow("DTE", start);
    }

    void startElement(String path, SourcePosition position) {
        if (path.equals(TOTALS)) {
            totalsSeen = true;
        }
        List<RawRow> rows = groups.get(path);
        if (rows == null || openGroup != null) {
            return;
        }
        if (rows.size() >= MAX_GROUP_ROWS) {
            throw new LimitExceededException(position, "more than " + MAX_GROUP_ROWS + " "
                    + path + " elements in one DTE: the SII allows at most 1000");
        }
        openGroup = path;
        openRow = new RawRow(path, position);
    }

    void endElement(String path) {
        if (!path.equals(openGroup)) {
            return;
        }
        if (!path.equals(LINE) || !totalsSeen) {
            groups.get(path).add(openRow);
        }
        openGroup = null;
        openRow = null;
    }

    void field(String path, String text, SourcePosition position) {
        if (text.isEmpty()) {
            return;
        }
        if (openGroup != null && path.startsWith(openGroup + "/")) {
            openRow.put(path.substring(openGroup.length() + 1), new Raw(text, position));
        } else if (SINGLE_FIELDS.contains(path)) {
            if (fields.get(path) != null) {
                throw new MalformedStatementException(position, "element " + path
                        + " appears twice in one DTE: expected it once");
            }
            fields.put(path, new Raw(text, position));
        }
    }

    DteDocument build() {
        Raw type = fields.require(ID_DOC + "TipoDTE", "the SII document type, such as 33");
        int typeCode = SiiValues.parseInt(type.text(), type.position(), "TipoDTE");
        if (typeCode < 1) {
            throw type.invalid("TipoDTE", "an SII document type code of 1 or more, such as 33");
        }
        Raw folio = fields.require(ID_DOC + "Folio", "the document number");
        Currency currency = transactionCurrency();
        try {
            return new DteDocument(start, typeCode,
                    SiiValues.parseFolio(folio.text(), folio.position(), "Folio"),
                    date(ID_DOC + "FchEmis"), date(ID_DOC + "FchVenc"), paymentTerms(),
                    rut("Encabezado/Emisor/RUTEmisor"), issuerName(),
                    rut("Encabezado/Receptor/RUTRecep"),
                    fields.text("Encabezado/Receptor/RznSocRecep"), totals(typeCode, currency),
                    otherCurrency(), instalments(currency), references());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(start, e.getMessage(), e);
        }
    }

    private Currency transactionCurrency() {
        Raw name = fields.get(TOTALS + "/TpoMoneda");
        if (name == null) {
            return SiiCurrencies.CLP;
        }
        return SiiCurrencies.find(name.text(), options.currencyNames()).orElseThrow(() ->
                name.invalid("TpoMoneda", "an SII currency name such as DOLAR USA or an ISO 4217"
                        + " code; map other names with DteReaderOptions.withCurrencyName"));
    }

    private DteTotals totals(int typeCode, Currency currency) {
        if (!totalsSeen) {
            warnings.accept(new ReaderWarning(start, "DTE has no Totales element: totals computed"
                    + " from " + groups.get(LINE).size() + " detail lines, with 19% VAT on the"
                    + " taxable amount"));
            try {
                return LineTotals.compute(typeCode, currency, groups.get(LINE),
                        groups.get(ADJUSTMENT));
            } catch (ArithmeticException e) {
                throw new InvalidValueException(start, "detail line amounts are too large to add"
                        + " up: expected totals below 10^18 minor units", e);
            }
        }
        Raw rate = fields.get(TOTALS + "/TasaIVA");
        return new DteTotals(amountOrZero(TOTALS + "/MntNeto", currency),
                amountOrZero(TOTALS + "/MntExe", currency),
                rate == null ? null : rate.decimal("TasaIVA"),
                amountOrZero(TOTALS + "/IVA", currency),
                amount(fields.require(TOTALS + "/MntTotal", "the document total"), "MntTotal",
                        currency),
                TotalsSource.DECLARED);
    }

    private OtherCurrencyTotals otherCurrency() {
        Raw name = fields.get(OTHER_CURRENCY + "/TpoMoneda");
        Raw total = fields.get(OTHER_CURRENCY + "/MntTotOtrMnda");
        if (name == null || total == null) {
            return null;
        }
        Currency currency = SiiCurrencies.find(name.text(), options.currencyNames()).orElse(null);
        if (currency == null) {
            warnings.accept(new ReaderWarning(name.position(), "OtraMoneda currency '"
                    + name.text() + "' is unknown, so its totals were left out"));
            return null;
        }
        Raw rate = fields.get(OTHER_CURRENCY + "/TpoCambio");
        Raw exempt = fields.get(OTHER_CURRENCY + "/MntExeOtrMnda");
        return new OtherCurrencyTotals(rate == null ? null : rate.decimal("TpoCambio"),
                exempt == null ? Money.zero(currency) : rounded(exempt, "MntExeOtrMnda", currency),
                rounded(total, "MntTotOtrMnda", currency));
    }

    private DtePaymentTerms paymentTerms() {
        PaymentForm form = null;
        Raw formCode = fields.get(ID_DOC + "FmaPago");
        if (formCode != null) {
            int code = SiiValues.parseInt(formCode.text(), formCode.position(), "FmaPago");
            form = PaymentForm.ofCode(code).orElseThrow(() -> formCode.invalid("FmaPago",
                    "1 (contado), 2 (crédito) or 3 (sin costo)"));
        }
        Integer days = null;
        Raw dayCount = fields.get(ID_DOC + "TermPagoDias");
        if (dayCount != null) {
            days = SiiValues.parseInt(dayCount.text(), dayCount.position(), "TermPagoDias");
            if (days < 0) {
                throw dayCount.invalid("TermPagoDias", "zero or more days");
            }
        }
        String description = fields.text(ID_DOC + "TermPagoGlosa");
        if (form == null && days == null && description == null) {
            return DtePaymentTerms.NONE;
        }
        return new DtePaymentTerms(form, description, days);
    }

    private List<DteInstalment> instalments(Currency currency) {
        List<DteInstalment> instalments = new ArrayList<>();
        for (RawRow row : groups.get(PAYMENTS)) {
            Raw date = row.require("FchPago", "the payment date as yyyy-MM-dd");
            Raw amount = row.require("MntPago", "the amount due on FchPago");
            instalments.add(new DteInstalment(
                    SiiValues.parseIsoDate(date.text(), date.position(), "FchPago"),
                    amount(amount, "MntPago", currency), row.text("GlosaPagos")));
        }
        return instalments;
    }

    private List<DteReference> references() {
        List<DteReference> references = new ArrayList<>();
        for (RawRow row : groups.get(REFERENCE)) {
            references.add(DteReferences.read(row));
        }
        return references;
    }

    private String issuerName() {
        String name = fields.text("Encabezado/Emisor/RznSoc");
        return name != null ? name : fields.text("Encabezado/Emisor/RznSocEmisor");
    }

    private Rut rut(String path) {
        Raw raw = fields.require(path, "a RUT such as 76123456-0");
        return SiiValues.parseRut(raw.text(), raw.position(), lastName(path));
    }

    private LocalDate date(String path) {
        Raw raw = fields.get(path);
        return raw == null ? null : SiiValues.parseIsoDate(raw.text(), raw.position(),
                lastName(path));
    }

    private Money amountOrZero(String path, Currency currency) {
        Raw raw = fields.get(path);
        return raw == null ? Money.zero(currency) : amount(raw, lastName(path), currency);
    }

    private static Money amount(Raw raw, String field, Currency currency) {
        return SiiValues.parseMoney(raw.text(), currency, raw.position(), field);
    }

    private static Money rounded(Raw raw, String field, Currency currency) {
        return SiiValues.toMoney(raw.decimal(field).setScale(currency.getDefaultFractionDigits(),
                RoundingMode.HALF_UP), currency, raw.position(), field, raw.text());
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
