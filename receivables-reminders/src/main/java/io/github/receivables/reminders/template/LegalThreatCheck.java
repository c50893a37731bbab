package io.github.receivables.reminders.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns when a template for consumers mentions legal steps. Chile's consumer protection law
 * forbids extrajudicial collection that pressures the debtor by threatening a lawsuit, a seizure
 * of goods or a report to a credit bureau. Stating the debt and how to pay is fine. The check
 * matches words in Spanish, English and Portuguese, ignoring case and accents, and only warns:
 * a person decides whether the wording is a threat.
 */
public final class LegalThreatCheck {

    private static final List<Term> TERMS = List.of(
            new Term("lawsuit", "\\b(lawsuits?|sue|suing|legal action|court|demandas?|demandar"
                    + "|juicios?|tribunal(es)?|acciones? (legales|judiciales)|cobranza judicial"
                    + "|acao judicial|processo judicial|processar)\\b"),
            new Term("seizure", "\\b(seizures?|seize|garnish\\w*|embargos?|embargar|remates?"
                    + "|penhoras?)\\b"),
            new Term("credit bureau", "\\b(credit bureaus?|credit reports?|dicom|equifax"
                    + "|boletin comercial|registro de morosos|informes? comerciales?|serasa"
                    + "|spc|negativacao|negativar)\\b"));

    private LegalThreatCheck() {}

    /**
     * Lists the legal-threat terms found in a text.
     *
     * @param text the template source or rendered text; never null
     * @return one warning per term found, naming the term and its kind; empty when clean
     */
    public static List<String> check(String text) {
        String folded = fold(text);
        List<String> warnings = new ArrayList<>();
        for (Term term : TERMS) {
            Matcher matcher = term.pattern.matcher(folded);
            while (matcher.find()) {
                warnings.add("mentions '" + matcher.group() + "' (" + term.kind
                        + "); consumer collection law forbids threatening legal steps");
            }
        }
        return warnings;
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** One kind of legal step and the words that name it. */
    private static final class Term {
        final String kind;
        final Pattern pattern;

        Term(String kind, String regex) {
            this.kind = kind;
            this.pattern = Pattern.compile(regex);
        }
    }
}
