package io.github.receivables.core.ledger;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.BETA;
import static io.github.receivables.core.Fixtures.CLP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OpenItemTableTest {

    @Test
    void rowsGroupedByCustomerInAddedOrder() {
        OpenItemTable.Builder builder = OpenItemTable.builder(0);
        int acme = builder.customer(ACME);
        int beta = builder.customer(BETA);
        int pesos = builder.currency(CLP);
        builder.add(beta, pesos, 1, 31, 10);
        builder.add(acme, pesos, 2, 32, 20);
        builder.add(beta, pesos, 3, 33, 30);
        builder.add(acme, pesos, 4, 34, 40);

        OpenItemTable table = builder.build();

        assertEquals(4, table.size());
        long[] open = new long[4];
        for (int row = 0; row < 4; row++) {
            open[row] = table.openMinor(row);
        }
        assertEquals(java.util.List.of(20L, 40L, 10L, 30L),
                java.util.Arrays.stream(open).boxed().toList());
        assertEquals(ACME, table.customer(table.customerIndex(0)));
        assertEquals(34, table.dueEpochDay(1));
        assertEquals(3, table.issueEpochDay(3));
    }

    @Test
    void builderGrowsPastExpectedSize() {
        OpenItemTable.Builder builder = OpenItemTable.builder(1);
        int customer = builder.customer(ACME);
        int pesos = builder.currency(CLP);
        for (int i = 0; i < 100; i++) {
            builder.add(customer, pesos, i, i + 30, 1 + i);
        }

        assertEquals(100, builder.build().size());
    }

    @Test
    void unknownIndexAndNonPositiveAmountRejected() {
        OpenItemTable.Builder builder = OpenItemTable.builder(1);
        int customer = builder.customer(ACME);
        int pesos = builder.currency(CLP);

        assertThrows(IllegalArgumentException.class, () -> builder.add(5, pesos, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> builder.add(customer, 3, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> builder.add(customer, pesos, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> builder.addCredit(customer, pesos, -1, 0));
    }
}
