package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Derives the open balance of one instalment over time, for late interest. */
final class BalanceHistory {

    private BalanceHistory() {}

    static List<BalanceStep> of(DocumentEntry entry, int instalment) {
        Document document = entry.document;
        if (instalment < 0 || instalment >= document.instalments().size()) {
            throw new IndexOutOfBoundsException("document " + document.id() + " has "
                    + document.instalments().size() + " instalments, no index " + instalment);
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(document.issueDate());
        for (Allocation allocation : entry.incoming) {
            days.add(allocation.appliedOn());
            if (allocation.reversedOn() != null) {
                days.add(allocation.reversedOn());
            }
        }
        for (WriteOff writeOff : entry.writeOffs) {
            days.add(writeOff.on());
            if (writeOff.reversedOn() != null) {
                days.add(writeOff.reversedOn());
            }
        }
        List<BalanceStep> steps = new ArrayList<>();
        long previous = -1;
        for (LocalDate day : days.tailSet(document.issueDate(), true)) {
            long open = Balances.instalmentOpen(document, instalment,
                    Balances.committed(entry, day));
            if (open != previous) {
                steps.add(new BalanceStep(day, Money.ofMinor(open, document.currency())));
                previous = open;
            }
        }
        return List.copyOf(steps);
    }
}
