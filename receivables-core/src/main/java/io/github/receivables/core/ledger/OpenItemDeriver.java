package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.Instalment;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Derives open items, open item tables and credit totals from the ledger's facts. */
final class OpenItemDeriver {

    private OpenItemDeriver() {}

    /** Adds the open instalments of a receivable on a day to a list. */
    static void addOpenItems(DocumentEntry entry, LocalDate asOf, List<OpenItem> out) {
        Document document = entry.document;
        if (!entry.isReceivable() || document.issueDate().isAfter(asOf)) {
            return;
        }
        long committed = Balances.committed(entry, asOf);
        if (committed >= document.total().minorUnits()) {
            return;
        }
        List<Instalment> instalments = document.instalments();
        for (int i = 0; i < instalments.size(); i++) {
            long open = Balances.instalmentOpen(document, i, committed);
            if (open > 0) {
                Instalment instalment = instalments.get(i);
                out.add(new OpenItem(document.id(), i, document.customerId(), document.kind(),
                        document.number(), document.issueDate(), instalment.dueDate(),
                        instalment.amount(), Money.ofMinor(open, document.currency()),
                        document.status()));
            }
        }
    }

    /** Builds the compact table of everything open and every credit on a day. */
    static OpenItemTable table(LedgerState state, LocalDate asOf) {
        OpenItemTable.Builder builder = OpenItemTable.builder(state.documents.size());
        int asOfDay = Math.toIntExact(asOf.toEpochDay());
        for (Map.Entry<CustomerId, CustomerEntry> customer : state.customers.entrySet()) {
            int customerIndex = -1;
            for (DocumentEntry entry : customer.getValue().documents) {
                Document document = entry.document;
                if (!entry.isReceivable() || document.issueDate().toEpochDay() > asOfDay) {
                    continue;
                }
                long committed = Balances.committed(entry, asOf);
                List<Instalment> instalments = document.instalments();
                for (int i = 0; committed < document.total().minorUnits()
                        && i < instalments.size(); i++) {
                    long open = Balances.instalmentOpen(document, i, committed);
                    if (open > 0) {
                        if (customerIndex < 0) {
                            customerIndex = builder.customer(customer.getKey());
                        }
                        builder.add(customerIndex, builder.currency(document.currency()),
                                Math.toIntExact(document.issueDate().toEpochDay()),
                                Math.toIntExact(instalments.get(i).dueDate().toEpochDay()), open);
                    }
                }
            }
            addCredits(builder, customer.getKey(), customer.getValue(), asOf);
        }
        for (PaymentEntry payment : state.unidentified) {
            long unapplied = Balances.unapplied(payment, asOf);
            if (unapplied > 0) {
                builder.addUnidentifiedCash(builder.currency(payment.sourceTotal().currency()),
                        unapplied);
            }
        }
        return builder.build();
    }

    private static void addCredits(OpenItemTable.Builder builder, CustomerId customerId,
            CustomerEntry customer, LocalDate asOf) {
        Map<Currency, long[]> credits = credits(customer, asOf);
        for (Map.Entry<Currency, long[]> credit : credits.entrySet()) {
            long[] amounts = credit.getValue();
            if (amounts[0] > 0 || amounts[1] > 0) {
                builder.addCredit(builder.customer(customerId), builder.currency(credit.getKey()),
                        amounts[0], amounts[1]);
            }
        }
    }

    /**
     * Sums a customer's unapplied payments (index 0) and unapplied credit notes (index 1) per
     * currency on a day.
     */
    static Map<Currency, long[]> credits(CustomerEntry customer, LocalDate asOf) {
        Map<Currency, long[]> credits = new LinkedHashMap<>();
        for (PaymentEntry payment : customer.payments) {
            long unapplied = Balances.unapplied(payment, asOf);
            if (unapplied != 0) {
                credits.computeIfAbsent(payment.sourceTotal().currency(), c -> new long[2])[0] +=
                        unapplied;
            }
        }
        for (DocumentEntry entry : customer.documents) {
            if (entry.isReceivable()) {
                continue;
            }
            long unapplied = Balances.unapplied(entry, asOf);
            if (unapplied != 0) {
                credits.computeIfAbsent(entry.document.currency(), c -> new long[2])[1] +=
                        unapplied;
            }
        }
        return credits;
    }
}
