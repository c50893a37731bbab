package io.github.receivables.reconciliation.reference;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule that finds invoice numbers in free text. The regular expression must have a named group
 * {@code number}; it may have a named group {@code type} for the tax document type.
 *
 * <p>The extractor runs each pattern over whole remittance fields of up to the readers'
 * {@code maxFieldLength}. A custom pattern should therefore bound its repetitions and make
 * whitespace runs possessive ({@code \s{0,32}+}), as the defaults do. A pattern such as
 * {@code \s*[:#]?\s*} takes time quadratic in a run of spaces, and a repeated group such as
 * {@code (?: [0-9]+)*} recurses once per repetition and can overflow the stack.
 *
 * @param name a short name for the rule, used in messages; never null
 * @param pattern the compiled expression; never null
 */
public record InvoicePattern(String name, Pattern pattern) {

    /**
     * The maximum number of whitespace characters at each gap of {@link #KEYWORD}: between the
     * keyword and {@code N°}, before the colon and before the number. Whitespace means the ASCII
     * whitespace of {@code \s} and the horizontal spaces of {@code \h}, such as the no-break
     * space U+00A0.
     */
    public static final int MAX_GAP = 32;

    /** The maximum length of a number that {@link #KEYWORD} finds, separators included. */
    public static final int MAX_NUMBER_LENGTH = 40;

    private static final String BEFORE = "(?<![\\p{L}\\d])";
    private static final String AFTER = "(?![\\p{L}\\d])";

    /**
     * Rejects an end inside a longer number: the next characters may not be a digit, nor
     * hyphens, slashes or dots followed by a digit. A dot counts because Chilean folios are
     * often printed with a thousands dot, as in {@code 1.042}. The possessive run makes the
     * check linear.
     */
    private static final String NUMBER_END = AFTER + "(?![/.-]*+\\d)";

    /** A gap of up to {@link #MAX_GAP} whitespace characters, taken possessively. */
    static final String GAP = "[\\s\\h]{0," + MAX_GAP + "}+";

    /**
     * Keyword followed by a number, such as {@code factura 12345}, {@code FACT 12345},
     * {@code Factura N° 12345}, {@code invoice no. 12345}, {@code Rechnung 12345} or
     * {@code RE-NR 12345}. The plurals {@code facturas} and {@code invoices} are keywords too,
     * but only the first number after them is taken: {@code facturas 123 y 124} gives 123.
     * Case is ignored. Each gap has at most {@value #MAX_GAP} whitespace characters.
     *
     * <p>The number starts and ends with a digit and has at most {@value #MAX_NUMBER_LENGTH}
     * digits, slashes and hyphens, so a hit spans at most 160 characters. A longer number is not
     * taken in part: when a digit, or hyphens or slashes and then a digit, follow the first
     * {@value #MAX_NUMBER_LENGTH} characters, there is no hit. A number written with a thousands
     * dot, such as {@code factura 1.042}, gives no hit either, rather than the 1 before the dot. Hyphens or slashes that end the
     * number, as in {@code factura 1042- pago}, are punctuation and not part of it. The
     * repetitions are bounded or possessive, so the scan time grows linearly with the text.
     */
    public static final InvoicePattern KEYWORD = of("keyword", "(?iu)" + BEFORE
            + "(?:facturas|factura|fact|fac|fct|invoices|invoice|inv"
            + "|rechnungsnummer|rechnungsnr|rechnung|re-?nr"
            + "|boleta|bol)\\.?"
            + "(?:" + GAP + "(?:n[°ºo]|nr|no|num|n[úu]mero|#)\\.?)?(?:" + GAP + "[:#])?+" + GAP
            + "(?<number>\\d(?:[\\d/-]{0," + (MAX_NUMBER_LENGTH - 2) + "}\\d)?)" + NUMBER_END);

    /**
     * A Chilean tax document type and folio, such as {@code F33-12345} or {@code F61 778}: the
     * letter F, the SII document code and the folio number of up to 10 digits. Case is
     * ignored. A folio followed by a digit, or by hyphens, slashes or dots and then a digit, is
     * not taken in part, so {@code F33-12345-6} and {@code F33 1.042} give no hit.
     */
    public static final InvoicePattern SII_DOCUMENT = of("sii-document", "(?i)" + BEFORE
            + "F(?:AC)?(?<type>33|34|39|41|43|46|52|56|61|110|111|112)[-\\s]?"
            + "(?<number>\\d{1,10})" + NUMBER_END);

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
