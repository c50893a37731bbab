package io.github.receivables.reconciliation.matching.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.matching.ItemReference;
import io.github.receivables.reconciliation.matching.MatchableItem;
import io.github.receivables.reconciliation.matching.MatchingException;
import io.github.receivables.reconciliation.matching.PayerProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenItemIndexTest {

    private static final Currency CLP = Currency.getInstance("CLP");

    private static MatchableItem item(String customer, String number, long open,
            ItemReference... references) {
        Money amount = Money.ofMinor(open, CLP);
        LocalDate due = LocalDate.of(2025, 6, 1);
        return new MatchableItem(new OpenItem(DocumentId.of("D" + number), 0,
                CustomerId.of(customer), DocumentKind.INVOICE, number, due, due, amount, amount,
                CollectionStatus.ACTIVE), List.of(references));
    }

    private static OpenItemIndex index(List<MatchableItem> items) {
        return OpenItemIndex.build(List.of(
                new PayerProfile(CustomerId.of("A"), "Alfa", Rut.of(76_086_428), "default",
                        List.of("CL-0001")),
                new PayerProfile(CustomerId.of("B"), "Beta", null, "default", List.of())), items);
    }

    @Test
    void referenceKeysMeetAcrossSpellings() {
        OpenItemIndex index = index(List.of(item("A", "F-001234", 100,
                new ItemReference(ItemReference.Kind.RF, "RF18 5390 0754 7034"))));
        assertEquals(1, index.byReference(ReferenceKeys.normalize("f 001234")).length);
        assertEquals(1, index.byReference("RF18539007547034").length);
        assertEquals(0, index.byReference("1234").length);
    }

    @Test
    void exactAmountIsCapped() {
        List<MatchableItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(item(i % 2 == 0 ? "A" : "B", "N" + i, 500));
        }
        items.add(item("A", "X", 700));
        OpenItemIndex index = index(items);
        assertEquals(5, index.byExactAmount(CLP, 500, 5).length);
        assertEquals(0, index.byExactAmount(CLP, 500, 4).length);
        assertArrayEquals(new int[] {5}, index.byExactAmount(CLP, 700, 5));
    }

    @Test
    void amountRangeIsInclusive() {
        OpenItemIndex index = index(List.of(item("A", "1", 100), item("A", "2", 200),
                item("B", "3", 300)));
        assertEquals(2, index.byAmountRange(CLP, 100, 200, 10).length);
        assertEquals(1, index.byAmountRange(CLP, 201, 300, 10).length);
    }

    @Test
    void payerKeysFindCustomer() {
        OpenItemIndex index = index(List.of(item("A", "1", 100)));
        assertEquals(0, index.customerByTaxId("760864285"));
        assertEquals(0, index.customerByAccount("cl 0001"));
        assertEquals(-1, index.customerByTaxId("111111111"));
    }

    @Test
    void itemOfUnknownCustomerIsRejected() {
        MatchingException error = assertThrows(MatchingException.class,
                () -> index(List.of(item("Z", "1", 100))));
        assertEquals(true, error.getMessage().contains("customer Z"));
    }
}
