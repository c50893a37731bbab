package io.github.receivables.reconciliation.sii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentReference;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference effect table for DTEs and the sales register. */
class SiiReferenceRulesTest {

    private static final Rut ISSUER = Rut.parse("76123456-0");
    private static final Currency CLP = Currency.getInstance("CLP");

    @ParameterizedTest(name = "type {0} on {1} with code {2} -> {3}")
    @CsvSource(nullValues = "none", value = {
        "61, 33, ANNULS, CANCELS",
        "61, 33, CORRECTS_AMOUNTS, REDUCES_AMOUNT",
        "61, 33, CORRECTS_TEXT, CORRECTS_TEXT",
        "61, 33, none, INFORMATIONAL",
        "61, 56, ANNULS, CANCELS",
        "112, 110, CORRECTS_AMOUNTS, REDUCES_AMOUNT",
        "56, 61, ANNULS, ANNULS_CREDIT",
        "111, 112, ANNULS, ANNULS_CREDIT",
        "56, 33, ANNULS, INFORMATIONAL",
        "56, 33, CORRECTS_AMOUNTS, INFORMATIONAL",
        "56, 61, CORRECTS_TEXT, CORRECTS_TEXT",
        "33, 52, none, INFORMATIONAL",
        "33, 33, ANNULS, INFORMATIONAL"
    })
    void dteEffect(int type, int referenced, ReferenceCode code, ReferenceEffect expected) {
        assertEquals(expected, SiiReferenceRules.effectOf(type, referenced, code));
    }

    @Test
    void purchaseOrderReferenceLeftOut() {
        DteDocument invoice = dte(33, new DteReference("801", false, "4500012345", null, null,
                null, "Orden de compra"));

        assertTrue(SiiReferenceRules.fromDte(invoice, invoice.references().get(0)).isEmpty());
    }

    @Test
    void nonNumericFolioLeftOut() {
        DteDocument note = dte(61, new DteReference("33", false, "F-12", null, null,
                ReferenceCode.ANNULS, null));

        assertTrue(SiiReferenceRules.fromDte(note, note.references().get(0)).isEmpty());
    }

    @Test
    void leadingZerosDroppedFromTargetFolio() {
        DteDocument note = dte(61, new DteReference("33", false, "0001001", null, null,
                ReferenceCode.CORRECTS_AMOUNTS, null));

        assertEquals(new DocumentReference(DocumentId.of("76123456-0/33/1001"),
                        ReferenceEffect.REDUCES_AMOUNT),
                SiiReferenceRules.fromDte(note, note.references().get(0)).orElseThrow());
    }

    @Test
    void registerDebitNoteReferenceInformational() {
        RcvDocument debit = rcv(56, new RcvReference(61, 502));

        assertEquals(ReferenceEffect.INFORMATIONAL,
                SiiReferenceRules.fromRcv(debit).orElseThrow().effect());
        assertEquals(ReferenceEffect.REDUCES_AMOUNT,
                SiiReferenceRules.fromRcv(rcv(61, new RcvReference(33, 9))).orElseThrow()
                        .effect());
        assertTrue(SiiReferenceRules.fromRcv(rcv(33, null)).isEmpty());
    }

    private static DteDocument dte(int type, DteReference reference) {
        Money total = Money.ofMinor(1190, CLP);
        DteTotals totals = new DteTotals(Money.ofMinor(1000, CLP), Money.zero(CLP), null,
                Money.ofMinor(190, CLP), total, TotalsSource.DECLARED);
        return new DteDocument(new SourcePosition("t.xml", 1, 1, "/DTE"), type, 5,
                LocalDate.of(2024, 1, 2), null, DtePaymentTerms.NONE, ISSUER, null,
                Rut.parse("77654321-7"), null, totals, null, List.of(), List.of(reference));
    }

    private static RcvDocument rcv(int type, RcvReference reference) {
        Money zero = Money.zero(CLP);
        return new RcvDocument(new SourcePosition("r.csv", 2, 0, ""), ISSUER, type, null,
                Rut.parse("77654321-7"), null, 7, LocalDate.of(2024, 1, 2), null, null, null,
                zero, zero, zero, Money.ofMinor(100, CLP), List.of(), reference);
    }
}
