package io.github.receivables.core.ledger;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.document.SiiDocumentType;
import io.github.receivables.core.money.Money;
import org.junit.jupiter.api.Test;

class LedgerNotesTest {

    private static final DocumentId F33 = DocumentId.of("33-1001");
    private static final DocumentId NC61 = DocumentId.of("61-501");
    private static final DocumentId ND56 = DocumentId.of("56-77");

    private final Ledger ledger = new Ledger();

    private static Document creditNote(Money total, ReferenceEffect effect) {
        return Document.builder(NC61, ACME, DocumentKind.CREDIT_NOTE)
                .siiType(SiiDocumentType.NOTA_CREDITO_ELECTRONICA)
                .issueDate(day("2024-03-05"))
                .total(total)
                .reference(F33, effect)
                .build();
    }

    private static Document debitNote() {
        return Document.builder(ND56, ACME, DocumentKind.DEBIT_NOTE)
                .siiType(SiiDocumentType.NOTA_DEBITO_ELECTRONICA)
                .issueDate(day("2024-03-20"))
                .dueDate(day("2024-04-19"))
                .total(clp(19_000))
                .reference(NC61, ReferenceEffect.ANNULS_CREDIT)
                .build();
    }

    @Test
    void creditNote61ReducesInvoice33() {
        ledger.addDocument(invoice("33-1001", ACME, clp(119_000), "2024-03-01", "2024-03-31"));
        ledger.addDocument(creditNote(clp(19_000), ReferenceEffect.REDUCES_AMOUNT));

        ReferenceResult result = ledger.applyReferences(NC61);

        assertEquals(1, result.created().size());
        Allocation allocation = result.created().get(0);
        assertEquals(AllocationSource.creditNote(NC61), allocation.source());
        assertEquals(clp(19_000), allocation.amount());
        assertEquals(day("2024-03-05"), allocation.appliedOn());
        assertEquals(clp(100_000), ledger.openBalance(F33, day("2024-03-05")));
        assertEquals(clp(119_000), ledger.openBalance(F33, day("2024-03-04")));
        assertEquals(clp(0), ledger.unappliedCredit(NC61, day("2024-03-05")));
        assertEquals(SettlementStatus.PARTLY_PAID, ledger.settlementStatus(F33, day("2024-03-05")));
    }

    @Test
    void creditNoteAppliedTwiceChangesNothing() {
        ledger.addDocument(invoice("33-1001", ACME, clp(119_000), "2024-03-01", "2024-03-31"));
        ledger.addDocument(creditNote(clp(19_000), ReferenceEffect.REDUCES_AMOUNT));
        ledger.applyReferences(NC61);

        ReferenceResult again = ledger.applyReferences(NC61);

        assertEquals(0, again.created().size());
        assertEquals(1, ledger.allocations().size());
    }

    @Test
    void cancellingCreditNoteLeavesExcessAsCredit() {
        ledger.addDocument(invoice("33-1001", ACME, clp(119_000), "2024-03-01", "2024-03-31"));
        ledger.addPayment(payment("P-1", ACME, clp(19_000), "2024-03-02"));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-1")), day("2024-03-02"),
                AllocationRequest.of(F33, clp(19_000)));
        ledger.addDocument(creditNote(clp(119_000), ReferenceEffect.CANCELS));

        ledger.applyReferences(NC61);

        assertEquals(SettlementStatus.PAID, ledger.settlementStatus(F33, day("2024-03-05")));
        assertEquals(clp(19_000), ledger.unappliedCredit(NC61, day("2024-03-05")));
        CustomerPosition position = ledger.position(ACME, CLP, day("2024-03-05"));
        assertEquals(clp(19_000), position.unappliedCredit());
        assertEquals(clp(-19_000), position.net());
    }

    @Test
    void debitNote56AnnulsCreditNote() {
        ledger.addDocument(invoice("33-1001", ACME, clp(119_000), "2024-03-01", "2024-03-31"));
        ledger.addDocument(creditNote(clp(19_000), ReferenceEffect.REDUCES_AMOUNT));
        ledger.applyReferences(NC61);
        ledger.addDocument(debitNote());

        ReferenceResult result = ledger.applyReferences(ND56);

        assertEquals(1, result.reversed().size());
        assertEquals(day("2024-03-20"), result.reversed().get(0).reversedOn());
        assertEquals(1, result.created().size());
        assertEquals(ND56, result.created().get(0).target());
        assertEquals(clp(119_000), ledger.openBalance(F33, day("2024-03-20")));
        assertEquals(clp(100_000), ledger.openBalance(F33, day("2024-03-19")));
        assertEquals(clp(0), ledger.openBalance(ND56, day("2024-03-20")));
        assertEquals(clp(0), ledger.unappliedCredit(NC61, day("2024-03-20")));
        assertEquals(clp(119_000), ledger.position(ACME, CLP, day("2024-03-20")).net());
        assertEquals(clp(100_000), ledger.position(ACME, CLP, day("2024-03-19")).net());
        assertEquals(0, ledger.applyReferences(ND56).created().size());
    }

    @Test
    void referenceToMissingDocumentReportedUnresolved() {
        ledger.addDocument(creditNote(clp(19_000), ReferenceEffect.REDUCES_AMOUNT));

        ReferenceResult result = ledger.applyReferences(NC61);

        assertEquals(1, result.unresolved().size());
        assertEquals(F33, result.unresolved().get(0).target());
        ledger.addDocument(invoice("33-1001", ACME, clp(119_000), "2024-03-01", "2024-03-31"));
        assertEquals(1, ledger.applyReferences(NC61).created().size());
    }

    @Test
    void textCorrectionChangesNoAmount() {
        ledger.addDocument(invoice("33-1001", ACME, clp(119_000), "2024-03-01", "2024-03-31"));
        ledger.addDocument(creditNote(clp(1), ReferenceEffect.CORRECTS_TEXT));

        ReferenceResult result = ledger.applyReferences(NC61);

        assertTrue(result.created().isEmpty());
        assertEquals(clp(119_000), ledger.openBalance(F33, day("2024-03-10")));
    }
}
