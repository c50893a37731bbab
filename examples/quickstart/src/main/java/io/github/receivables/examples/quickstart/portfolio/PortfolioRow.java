package io.github.receivables.examples.quickstart.portfolio;

import io.github.receivables.core.ReceivablesException;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DisputeReason;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.PaymentTerms;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.document.SiiDocumentType;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.DebtorRegime;
import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.quickstart.InputFileException;
import io.github.receivables.reconciliation.sii.SiiDocumentIds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns rows of a portfolio CSV into customers and documents. Not thread-safe. */
final class PortfolioRow {

    /** Due date of an invoice without one: Chile's invoice law allows 30 days. */
    static final PaymentTerms DEFAULT_TERMS = PaymentTerms.daysFromReception(30);

    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern REFERENCE = Pattern.compile("(\\d+)-(\\S+)");
    private static final Currency CLP = Currency.getInstance("CLP");

    private final String file;
    private final Map<String, Integer> columns;
    private final Rut seller;
    private final Set<CustomerId> described = new HashSet<>();
    private long line;
    private List<String> fields;

    PortfolioRow(String file, Map<String, Integer> columns, Rut seller) {
        this.file = file;
        this.columns = columns;
        this.seller = seller;
    }

    /**
     * Adds one row to the portfolio.
     *
     * @return true when the row is a document
     */
    boolean add(long lineNumber, List<String> rowFields, Portfolio portfolio) {
        this.line = lineNumber;
        this.fields = rowFields;
        Rut rut = rut();
        CustomerId customerId = SiiDocumentIds.customerId(rut);
        if (described.add(customerId)) {
            portfolio.addCustomer(customer(customerId, rut), true);
        }
        if (value("number").isEmpty()) {
            return false;
        }
        portfolio.addDocument(document(customerId), file);
        return true;
    }

    /** Returns how many distinct customers the rows added so far described. */
    int customers() {
        return described.size();
    }

    private Customer customer(CustomerId id, Rut rut) {
        Customer.Builder builder = Customer.builder(id, required("name")).taxId(rut);
        if (!value("email").isEmpty()) {
            builder.contact(ContactChannel.EMAIL, value("email"), Consent.NOT_RECORDED);
        }
        if (!value("phone").isEmpty()) {
            builder.contact(ContactChannel.SMS, value("phone"), Consent.NOT_RECORDED);
        }
        String regime = value("regime").toLowerCase(Locale.ROOT);
        if (regime.equals("consumer")) {
            builder.regime(DebtorRegime.CONSUMER);
        } else if (!regime.isEmpty() && !regime.equals("company")) {
            throw error("regime", "'" + regime + "' is not company or consumer");
        }
        if (!value("segment").isEmpty()) {
            builder.segment(value("segment"));
        }
        return builder.build();
    }

    private Document document(CustomerId customerId) {
        String number = value("number");
        String typeText = required("type");
        SiiDocumentType siiType = siiType(typeText);
        DocumentKind kind = siiType != null ? siiType.requireReceivableKind() : kind(typeText);
        Currency currency = currency();
        Document.Builder builder = Document.builder(documentId(typeText, number), customerId, kind)
                .number(number)
                .siiType(siiType)
                .issueDate(date("issue_date", true))
                .total(amount("total", currency, true))
                .paymentTerms(DEFAULT_TERMS);
        LocalDate due = date("due_date", false);
        if (due != null && kind.isReceivable()) {
            builder.dueDate(due);
        }
        Money tax = amount("tax", currency, false);
        if (tax != null) {
            builder.tax(tax);
        }
        addReference(builder, kind);
        LocalDate disputed = date("disputed_since", false);
        if (disputed != null) {
            builder.status(new CollectionStatus.Disputed(DisputeReason.CUSTOMER_DISPUTE, disputed));
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException | ReceivablesException e) {
            throw new InputFileException(file, "line " + line + ": " + e.getMessage(), e);
        }
    }

    private void addReference(Document.Builder builder, DocumentKind kind) {
        String reference = value("reference");
        if (reference.isEmpty()) {
            return;
        }
        var matcher = REFERENCE.matcher(reference);
        if (!matcher.matches()) {
            throw error("reference", "'" + reference + "' is not <type>-<number>, such as"
                    + " 33-1001");
        }
        ReferenceEffect effect = kind == DocumentKind.CREDIT_NOTE ? ReferenceEffect.REDUCES_AMOUNT
                : ReferenceEffect.INFORMATIONAL;
        builder.reference(documentId(matcher.group(1), matcher.group(2)), effect);
    }

    private DocumentId documentId(String type, String number) {
        String issuer = seller == null ? "csv" : SiiDocumentIds.customerId(seller).value();
        return DocumentId.of(issuer + "/" + type.toLowerCase(Locale.ROOT) + "/" + number);
    }

    private SiiDocumentType siiType(String type) {
        if (!type.chars().allMatch(Character::isDigit)) {
            return null;
        }
        SiiDocumentType siiType;
        try {
            siiType = SiiDocumentType.ofCode(Integer.parseInt(type));
        } catch (NumberFormatException | ReceivablesException e) {
            throw error("type", "'" + type + "' is not an SII document type such as 33, 34, 56"
                    + " or 61");
        }
        if (siiType.receivableKind().isEmpty()) {
            throw error("type", "SII type " + type + " is not a receivable of the seller");
        }
        return siiType;
    }

    private DocumentKind kind(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "invoice" -> DocumentKind.INVOICE;
            case "debit_note" -> DocumentKind.DEBIT_NOTE;
            case "credit_note" -> DocumentKind.CREDIT_NOTE;
            default -> throw error("type", "'" + type + "' is not an SII code or one of invoice,"
                    + " debit_note, credit_note");
        };
    }

    private Rut rut() {
        String text = required("rut");
        try {
            return Rut.parse(text);
        } catch (ReceivablesException e) {
            throw error("rut", e.getMessage());
        }
    }

    private Currency currency() {
        String code = value("currency");
        if (code.isEmpty()) {
            return CLP;
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error("currency", "'" + code + "' is not an ISO 4217 code such as CLP or USD");
        }
    }

    private Money amount(String column, Currency currency, boolean isRequired) {
        String text = isRequired ? required(column) : value(column);
        if (text.isEmpty()) {
            return null;
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw error(column, "'" + text + "' is not an amount; write digits with a dot for"
                    + " decimals and no thousands separator, such as 1190000 or 1250.50");
        }
        BigDecimal value = new BigDecimal(text);
        int digits = currency.getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw error(column, "'" + text + "' has more decimals than " + currency
                    .getCurrencyCode() + " allows (" + digits + ")" + (digits == 0
                    ? "; write a whole number" : "; round it in the file"));
        }
        try {
            return Money.of(value, currency, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw error(column, e.getMessage());
        }
    }

    private LocalDate date(String column, boolean isRequired) {
        String text = isRequired ? required(column) : value(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(column, "'" + text + "' is not a date in the form yyyy-MM-dd");
        }
    }

    private String required(String column) {
        String text = value(column);
        if (text.isEmpty()) {
            throw error(column, "value is missing");
        }
        return text;
    }

    private String value(String column) {
        Integer index = columns.get(column);
        return index == null || index >= fields.size() ? "" : fields.get(index);
    }

    private InputFileException error(String column, String message) {
        return new InputFileException(file, "line " + line + " column '" + column + "': "
                + message);
    }
}
