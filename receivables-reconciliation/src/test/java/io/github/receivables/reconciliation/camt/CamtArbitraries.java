package io.github.receivables.reconciliation.camt;

import io.github.receivables.reconciliation.camt.Camt053Writer.Entry;
import io.github.receivables.reconciliation.camt.Camt053Writer.Message;
import io.github.receivables.reconciliation.camt.Camt053Writer.Party;
import io.github.receivables.reconciliation.camt.Camt053Writer.Reference;
import io.github.receivables.reconciliation.camt.Camt053Writer.Statement;
import io.github.receivables.reconciliation.camt.Camt053Writer.Transaction;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for camt.053 specifications written by {@link Camt053Writer}. */
final class CamtArbitraries {

    private CamtArbitraries() {}

    /** Messages of any version from 2 to 13 with one to three statements. */
    static Arbitrary<Message> messages() {
        return Combinators.combine(Arbitraries.integers().between(2, 13),
                statements().list().ofMinSize(1).ofMaxSize(3)).as(Message::new);
    }

    static Arbitrary<Statement> statements() {
        Arbitrary<BigDecimal> opening = Arbitraries.longs().between(-99_999_999L, 99_999_999L)
                .map(cents -> BigDecimal.valueOf(cents, 2));
        return Combinators.combine(identifier(), iban(),
                Arbitraries.of("EUR", "CHF", "SEK", "CLP", "JPY"), opening,
                entries().list().ofMaxSize(6)).as(Statement::new);
    }

    static Arbitrary<Entry> entries() {
        Arbitrary<List<String>> references = Combinators.combine(identifier().injectNull(0.3),
                identifier().injectNull(0.3), text().injectNull(0.3)).as(Arrays::asList);
        return Combinators.combine(Arbitraries.of(CreditDebit.class),
                Arbitraries.of(true, false, false, false), Arbitraries.of(EntryStatus.class),
                date().injectNull(0.2), date().injectNull(0.2), references, code(),
                Arbitraries.integers().between(0, 5))
                .as((direction, reversal, status, booking, value, refs, code, scale) ->
                        new Entry(direction, reversal, status, booking, value, refs, code, scale,
                                List.of()))
                .flatMap(entry -> transactions().list().ofMinSize(1).ofMaxSize(4).map(txs ->
                        new Entry(entry.direction(), entry.reversal(), entry.status(),
                                entry.booking(), entry.value(), entry.references(), entry.code(),
                                entry.scale(), txs)));
    }

    static Arbitrary<Transaction> transactions() {
        Arbitrary<Reference> reference = Combinators.combine(identifier(),
                Arbitraries.of("SCOR", "QRR", "ISR Reference")).as(Reference::new);
        Arbitrary<String> uetr = Arbitraries.randomValue(random ->
                new java.util.UUID(random.nextLong(), random.nextLong()).toString());
        return Combinators.combine(Arbitraries.longs().between(0, 999_999_999_999L),
                identifier().injectNull(0.2), identifier().injectNull(0.3), uetr.injectNull(0.3),
                identifier().injectNull(0.5), party(), text().list().ofMaxSize(3),
                reference.injectNull(0.4)).as(Transaction::new);
    }

    private static Arbitrary<Party> party() {
        return Combinators.combine(text(), iban()).as(Party::new);
    }

    private static Arbitrary<List<String>> code() {
        Arbitrary<List<String>> domain = Arbitraries.of(
                Arrays.asList("PMNT", "RCDT", "ESCT"), Arrays.asList("PMNT", "RDDT", "ESDD"),
                Arrays.asList(null, null, null));
        Arbitrary<List<String>> proprietary = Combinators.combine(identifier().injectNull(0.5),
                identifier().injectNull(0.5)).as((code, issuer) -> code == null
                        ? Arrays.asList((String) null, null) : Arrays.asList(code, issuer));
        return Combinators.combine(domain, proprietary).as((d, p) ->
                Arrays.asList(d.get(0), d.get(1), d.get(2), p.get(0), p.get(1)));
    }

    /** Free text with characters that need escaping and non-ASCII letters, never blank at ends. */
    static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("AZ09 &<>'\"éñüß-/.")
                .ofMinLength(1).ofMaxLength(40)
                .map(String::strip).filter(value -> !value.isEmpty());
    }

    static Arbitrary<String> identifier() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars("-/")
                .ofMinLength(1).ofMaxLength(35);
    }

    private static Arbitrary<String> iban() {
        return Arbitraries.strings().numeric().ofLength(19).map(digits -> "CH" + digits);
    }

    private static Arbitrary<LocalDate> date() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(),
                LocalDate.of(2035, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    }
}
