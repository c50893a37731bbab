package io.github.receivables.reconciliation.reference;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule that finds invoice numbers in free text. The regular expression must have a named group
 * {@code number}; it may have a named group {@code type} for the tax document type.
 *
 * @param name a short name for the rule, used in messages; never null
 * @param pattern the compiled expression; never null
 */
public record InvoicePattern(String name, Pattern pattern) {

    private static final String BEFORE = "(?<![\\p{L}\\d])";
    private static final String AFTER = "(?![\\p{L}\\d])";

    /**
     * Keyword followed by a number, such as {@code factura 12345}, {@code FACT 12345},
     * {@code Factura N° 12345}, {@code invoice no. 12345}, {@code Rechnung 12345} or
     * {@code RE-NR 12345}. Case is ignored.
     */
    public static final InvoicePattern KEYWORD = of("keyword", "(?iu)" + BEFORE
            + "(?:factura|fact|fac|fct|invoice|inv|rechnungsnummer|rechnungsnr|rechnung|re-?nr"
            + "|boleta|bol)\\.?"
            + "(?:\\s*(?:n[°ºo]|nr|no|num|n[úu]mero|#)\\.?)?\\s*[:#]?\\s*"
            + "(?<number>\\d(?:[\\d/-]*\\d)?)" + AFTER);

    /**
     * A Chilean tax document type and folio, such as {@code F33-12345} or {@code F61 778}: the
     * letter F, the SII document code and the folio number. Case is ignored.
     */
    public static final InvoicePattern SII_DOCUMENT = of("sii-document", "(?i)" + BEFORE
            + "F(?:AC)?(?<type>33|34|39|41|43|46|52|56|61|110|111|112)[-\\s]?"
            + "(?<number>\\d{1,10})" + AFTER);

    /** The patterns used when none are configured. */
    public static final List<InvoicePattern> DEFAULTS = List.of(KEYWORD, SII_DOCUMENT);

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the pattern has no group named {@code number}
     */
    public InvoicePattern {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.pattern().contains("(?<number>")) {
            throw new IllegalArgumentException("invoice pattern " + name
                    + " needs a named group (?<number>...) around the invoice number");
        }
    }

    /**
     * Compiles a pattern.
     *
     * @param name a short name for the rule
     * @param regex a Java regular expression with a {@code (?<number>...)} group
     * @return the pattern
     * @throws IllegalArgumentException if the expression is invalid or lacks the group
     */
    public static InvoicePattern of(String name, String regex) {
        return new InvoicePattern(name, Pattern.compile(regex));
    }

    /**
     * Tells whether the pattern captures a document type.
     *
     * @return true when it has a {@code (?<type>...)} group
     */
    public boolean capturesType() {
        return pattern.pattern().contains("(?<type>");
    }
}
