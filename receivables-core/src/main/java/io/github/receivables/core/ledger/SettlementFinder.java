package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.Instalment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the day each instalment was settled in full: allocations in force at the end of the
 * period are taken in date order and settle instalments oldest first. Write-offs do not count as
 * settlement, so an instalment closed by a write-off has none.
 */
final class SettlementFinder {

    private SettlementFinder() {}

    static void collect(DocumentEntry entry, LocalDate from, LocalDate to, List<Settlement> out) {
        Document document = entry.document;
        if (!entry.isReceivable() || entry.incoming.isEmpty()) {
            return;
        }
        List<Allocation> inForce = new ArrayList<>(entry.incoming.size());
        for (Allocation allocation : entry.incoming) {
            if (allocation.isEffectiveOn(to)) {
                inForce.add(allocation);
            }
        }
        inForce.sort(Comparator.comparing(Allocation::appliedOn));
        long threshold = 0;
        int next = 0;
        long paid = 0;
        for (int i = 0; i < document.instalments().size(); i++) {
            Instalment instalment = document.instalments().get(i);
            threshold += instalment.amount().minorUnits();
            while (paid < threshold && next < inForce.size()) {
                paid += inForce.get(next++).amount().minorUnits();
            }
            if (paid < threshold) {
                return;
            }
            LocalDate settledOn = inForce.get(next - 1).appliedOn();
            if (!settledOn.isBefore(from)) {
                out.add(new Settlement(document.customerId(), document.id(), i,
                        instalment.amount(), document.issueDate(), instalment.dueDate(),
                        settledOn));
            }
        }
    }
}
