package io.github.receivables.reconciliation.reference;

import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds payment references in statement text: invoice numbers, ISO 11649 RF references, Swiss QR
 * and ESR references, Chilean RUTs and the {@link PaymentReference} that reminders print. Every
 * hit is validated by its check digit where the kind has one; invalid candidates are dropped.
 *
 * <p>Rules that limit false hits (docs/formats-csv.md has the full list):
 *
 * <ul>
 *   <li>A RUT written with dots and hyphen ({@code 12.345.678-5}) is accepted anywhere; the
 *       forms {@code 12345678-5} and {@code 123456785} only right after a RUT keyword
 *       ({@code RUT}, {@code R.U.T.}, {@code RUN}, optionally followed by {@code N°}, {@code :}
 *       or {@code #}), because a bare number passes the mod 11 check one time in eleven.
 *   <li>A 27-digit number is a QR reference unless an ESR keyword ({@code ESR}, {@code BESR},
 *       {@code ISR}, {@code BVR}) appears within {@value #ESR_KEYWORD_REACH} characters before
 *       it or the creditor reference's type is ESR or ISR; 16-digit ESR references need that context.
 *   <li>Grouped RF, QR and ESR references may have a single space or no-break space (U+00A0)
 *       between digit or character groups.
 *   <li>A hit spans a bounded stretch of text. After a RUT or invoice keyword, each gap contains
 *       at most {@value InvoicePattern#MAX_GAP} whitespace characters, no-break spaces
 *       included, and an invoice number has at most
 *       {@value InvoicePattern#MAX_NUMBER_LENGTH} characters. A longer number gives no hit,
 *       not a cut one. A QR or ESR reference covers at most 27 digits of a digit run, and an
 *       RF reference at most 21 payload characters.
 * </ul>
 *
 * <p>The time of {@link #extract(String, String)} grows linearly with the text's length, and
 * its stack depth does not depend on the text, for any text with the default invoice patterns.
 * A custom {@link InvoicePattern} keeps that only if its own expression does, as its Javadoc
 * explains.
 *
 * <p>Thread-safe and immutable.
 */
public final class ReferenceExtractor {

    static final int ESR_KEYWORD_REACH = 20;

    private final List<InvoicePattern> invoicePatterns;
    private final Set<ReferenceKind> kinds;

    private ReferenceExtractor(Builder builder) {
        this.invoicePatterns = List.copyOf(builder.invoicePatterns);
        this.kinds = Set.copyOf(builder.kinds);
    }

    /**
     * Returns an extractor for every kind with the default invoice patterns.
     *
     * @return the extractor; never null
     */
    public static ReferenceExtractor standard() {
        return builder().build();
    }

    /**
     * Starts a builder with every kind enabled and the default invoice patterns.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds references in one text.
     *
     * @param field the field's name, copied into each hit; never null
     * @param text the text to search; null or empty gives no hits
     * @return the hits ordered by position; never null
     */
    public List<ReferenceHit> extract(String field, String text) {
        return extract(field, text, null);
    }

    /**
     * Finds references in every text field of an entry and its transactions. Field names are
     * {@code entryReference}, {@code bankReference}, {@code additionalInfo} and, for the
     * transaction at index i, {@code details[i].remittance} (the remittance lines joined by one
     * space), {@code details[i].creditorReference} and {@code details[i].endToEndId}.
     *
     * @param entry the entry; never null
     * @return the hits ordered by field and position; never null
     */
    public List<ReferenceHit> extract(StatementEntry entry) {
        Objects.requireNonNull(entry, "entry");
        List<ReferenceHit> hits = new ArrayList<>();
        hits.addAll(extract("entryReference", entry.entryReference()));
        hits.addAll(extract("bankReference", entry.bankReference()));
        hits.addAll(extract("additionalInfo", entry.additionalInfo()));
        for (int i = 0; i < entry.details().size(); i++) {
            TransactionDetails details = entry.details().get(i);
            String prefix = "details[" + i + "].";
            hits.addAll(extract(prefix + "remittance", details.remittance()));
            CreditorReference creditor = details.creditorReference();
            if (creditor != null) {
                hits.addAll(extract(prefix + "creditorReference", creditor.value(),
                        creditor.type()));
            }
            hits.addAll(extract(prefix + "endToEndId", details.endToEndId()));
        }
        return hits;
    }

    private List<ReferenceHit> extract(String field, String text, String declaredType) {
        Objects.requireNonNull(field, "field");
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<ReferenceHit> hits = new LinkedHashSet<>();
        if (kinds.contains(ReferenceKind.STRUCTURED_PAYMENT_REFERENCE)) {
            structured(field, text, hits);
        }
        if (kinds.contains(ReferenceKind.RF_CREDITOR_REFERENCE)) {
            TextScanner.rfReferences(field, text, hits);
        }
        boolean esrDeclared = declaredType != null
                && Set.of("ESR", "ISR").contains(declaredType.toUpperCase(Locale.ROOT));
        if (kinds.contains(ReferenceKind.QR_REFERENCE)
                || kinds.contains(ReferenceKind.ESR_REFERENCE)) {
            TextScanner.swissReferences(field, text, esrDeclared, kinds, hits);
        }
        if (kinds.contains(ReferenceKind.CHILEAN_RUT)) {
            TextScanner.ruts(field, text, hits);
        }
        if (kinds.contains(ReferenceKind.INVOICE_NUMBER)) {
            invoices(field, text, hits);
        }
        List<ReferenceHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(ReferenceHit::start)
                .thenComparing(ReferenceHit::kind));
        return sorted;
    }

    private static void structured(String field, String text, Set<ReferenceHit> hits) {
        for (PaymentReference.Occurrence found : PaymentReference.findAllIn(text)) {
            hits.add(new ReferenceHit(ReferenceKind.STRUCTURED_PAYMENT_REFERENCE,
                    found.reference().value(), null, field, found.start(), found.end()));
        }
    }

    private void invoices(String field, String text, Set<ReferenceHit> hits) {
        for (InvoicePattern invoice : invoicePatterns) {
            Matcher matcher = invoice.pattern().matcher(text);
            boolean typed = invoice.capturesType();
            while (matcher.find()) {
                String number = matcher.group("number");
                if (number == null || number.isEmpty()) {
                    continue;
                }
                hits.add(new ReferenceHit(ReferenceKind.INVOICE_NUMBER, number,
                        typed ? matcher.group("type") : null, field, matcher.start(),
                        matcher.end()));
            }
        }
    }

    /** Configures an extractor. Not thread-safe. */
    public static final class Builder {
        private final List<InvoicePattern> invoicePatterns =
                new ArrayList<>(InvoicePattern.DEFAULTS);
        private final Set<ReferenceKind> kinds = EnumSet.allOf(ReferenceKind.class);

        private Builder() {}

        /**
         * Replaces the invoice patterns.
         *
         * @param patterns the patterns, tried in order; an empty list finds no invoice numbers
         * @return this builder
         */
        public Builder invoicePatterns(List<InvoicePattern> patterns) {
            invoicePatterns.clear();
            invoicePatterns.addAll(patterns);
            return this;
        }

        /**
         * Adds an invoice pattern after those already set.
         *
         * @param pattern the pattern; never null
         * @return this builder
         */
        public Builder addInvoicePattern(InvoicePattern pattern) {
            invoicePatterns.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /**
         * Limits the kinds searched for.
         *
         * @param enabled the kinds to find; never null
         * @return this builder
         */
        public Builder kinds(Set<ReferenceKind> enabled) {
            kinds.clear();
            kinds.addAll(enabled);
            return this;
        }

        /**
         * Creates the extractor.
         *
         * @return the extractor; never null
         */
        public ReferenceExtractor build() {
            return new ReferenceExtractor(this);
        }
    }
}
