package io.github.receivables.reconciliation.sii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated DTEs written as XML and read back keep every value the reader maps. */
class DteRoundTripProperties {

    private static final SourcePosition ANYWHERE = new SourcePosition("generated", 0, 0, "");
    private static final Currency CLP = Currency.getInstance("CLP");
    private static final String NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ñÑáéíóúÁÉÍÓÚüÜ&<>\"'.,-/°";

    @Property(tries = 1000)
    void writtenDocumentsReadBackEqual(
            @ForAll("documents") List<DteDocument> documents,
            @ForAll boolean envelope,
            @ForAll boolean siiNamespace,
            @ForAll("charsets") Charset charset) throws Exception {
        byte[] xml = DteXmlWriter.write(documents, envelope, siiNamespace, charset);

        List<DteDocument> read = new DteReader().readAll(new ByteArrayInputStream(xml), "gen.xml");

        assertEquals(documents, read.stream().map(DteRoundTripProperties::anywhere).toList());
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<List<DteDocument>> documents() {
        return document().list().ofMinSize(1).ofMaxSize(3);
    }

    private Arbitrary<DteDocument> document() {
        return Arbitraries.of(CLP, Currency.getInstance("USD"), Currency.getInstance("EUR"))
                .flatMap(currency -> Combinators.combine(
                        Arbitraries.of(33, 34, 39, 56, 61, 110, 112),
                        Arbitraries.longs().between(1, 9_999_999_999L),
                        dates().injectNull(0.1), dates().injectNull(0.5), terms(), parties(),
                        money(currency, currency.equals(CLP)), other(currency))
                        .flatAs((type, folio, issued, due, terms, parties, totals, other) ->
                                Combinators.combine(instalments(currency), references())
                                        .as((instalments, references) -> new DteDocument(
                                                ANYWHERE, type, folio, issued, due, terms,
                                                parties.get(0).rut(), parties.get(0).name(),
                                                parties.get(1).rut(), parties.get(1).name(), totals,
                                                other, instalments, references))));
    }

    private Arbitrary<DtePaymentTerms> terms() {
        return Combinators.combine(Arbitraries.of(PaymentForm.class).injectNull(0.3),
                        names().injectNull(0.5), Arbitraries.integers().between(0, 365)
                                .injectNull(0.5))
                .as(DtePaymentTerms::new);
    }

    private Arbitrary<List<Party>> parties() {
        return Combinators.combine(ruts(), names().injectNull(0.2)).as(Party::new)
                .list().ofSize(2);
    }

    private Arbitrary<DteTotals> money(Currency currency, boolean withRate) {
        Arbitrary<BigDecimal> rate = withRate
                ? Arbitraries.of(new BigDecimal("19"), new BigDecimal("19.5"), new BigDecimal("10"))
                        .injectNull(0.3)
                : Arbitraries.just(null);
        return Combinators.combine(amounts(currency), amounts(currency), rate, amounts(currency),
                        amounts(currency))
                .as((net, exempt, vatRate, vat, total) -> new DteTotals(net, exempt, vatRate, vat,
                        total, TotalsSource.DECLARED));
    }

    private Arbitrary<OtherCurrencyTotals> other(Currency currency) {
        if (currency.equals(CLP)) {
            return Arbitraries.just(null);
        }
        Arbitrary<BigDecimal> rates = Arbitraries.bigDecimals().between(BigDecimal.ONE,
                BigDecimal.valueOf(2000)).ofScale(2);
        return Combinators.combine(rates.injectNull(0.2), amounts(CLP), amounts(CLP))
                .as(OtherCurrencyTotals::new).injectNull(0.3);
    }

    private Arbitrary<List<DteInstalment>> instalments(Currency currency) {
        return Combinators.combine(dates(), amounts(currency), names().injectNull(0.5))
                .as(DteInstalment::new).list().ofMaxSize(3);
    }

    private Arbitrary<List<DteReference>> references() {
        Arbitrary<String> types = Arbitraries.of("33", "34", "56", "61", "801", "HES", "SET");
        Arbitrary<String> folios = Arbitraries.strings().withChars("0123456789ABCXYZ-")
                .ofMinLength(1).ofMaxLength(18);
        return Combinators.combine(types, Arbitraries.of(true, false), folios,
                        ruts().injectNull(0.7), dates().injectNull(0.3),
                        Arbitraries.of(ReferenceCode.class).injectNull(0.3),
                        names().injectNull(0.4))
                .as(DteReference::new).list().ofMaxSize(3);
    }

    private static Arbitrary<Money> amounts(Currency currency) {
        return Arbitraries.longs().between(0, 999_999_999_999L)
                .map(minor -> Money.ofMinor(minor, currency));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 40)
                .map(days -> LocalDate.of(2003, 1, 1).plusDays(days));
    }

    private static Arbitrary<Rut> ruts() {
        return Arbitraries.integers().between(1, 99_999_999).map(Rut::of);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.strings().withChars(NAME_CHARACTERS).ofMinLength(1).ofMaxLength(60)
                .map(String::strip).filter(name -> !name.isEmpty());
    }

    private static DteDocument anywhere(DteDocument read) {
        return new DteDocument(ANYWHERE, read.typeCode(), read.folio(), read.issueDate(),
                read.dueDate(), read.paymentTerms(), read.issuerRut(), read.issuerName(),
                read.receiverRut(), read.receiverName(), read.totals(), read.otherCurrency(),
                read.instalments(), read.references());
    }

    /** A generated RUT and optional name. */
    private record Party(Rut rut, String name) {}
}
