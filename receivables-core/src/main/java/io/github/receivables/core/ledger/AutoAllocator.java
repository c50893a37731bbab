package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads what is unapplied on a payment or credit note over the customer's open instalments in
 * the order a {@link SettlementOrder} gives, then records the result as one application.
 */
final class AutoAllocator {

    private record Candidate(DocumentEntry entry, int instalment, LocalDate dueDate, long open) {}

    private final LedgerState state;
    private final Applier applier;

    AutoAllocator(LedgerState state, Applier applier) {
        this.state = state;
        this.applier = applier;
    }

    Application apply(AllocationSource sourceRef, LocalDate on, SettlementOrder order) {
        SourceEntry source = state.source(sourceRef);
        if (source.sourceCustomer() == null) {
            throw new LedgerException(source.describe() + " has no customer yet: identify the"
                    + " payer with identifyPayment before applying it");
        }
        long left = Balances.availableToApply(source, on, null);
        List<Candidate> candidates = candidates(source, on);
        candidates.sort(comparator(order));
        Map<DocumentId, Long> perDocument = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            if (left == 0) {
                break;
            }
            long amount = Math.min(left, candidate.open());
            perDocument.merge(candidate.entry().document.id(), amount, Long::sum);
            left -= amount;
        }
        if (perDocument.isEmpty()) {
            return new Application(List.of(), List.of());
        }
        List<AllocationRequest> lines = new ArrayList<>(perDocument.size());
        perDocument.forEach((id, amount) -> lines.add(AllocationRequest.of(id,
                Money.ofMinor(amount, source.sourceTotal().currency()))));
        return applier.apply(sourceRef, on, lines);
    }

    /**
     * Lists the open instalments of the customer's receivables in the source's currency that can
     * take money on the day, skipping disputed, factored and written-off documents.
     */
    private List<Candidate> candidates(SourceEntry source, LocalDate on) {
        List<Candidate> candidates = new ArrayList<>();
        CustomerEntry customer = state.customers.get(source.sourceCustomer());
        if (customer == null) {
            return candidates;
        }
        for (DocumentEntry entry : customer.documents) {
            Document document = entry.document;
            if (!entry.isReceivable()
                    || !document.currency().equals(source.sourceTotal().currency())
                    || document.issueDate().isAfter(on) || !acceptsMoney(entry, on)) {
                continue;
            }
            long available = Balances.availableToSettle(entry, on, null);
            long settled = document.total().minorUnits() - available;
            for (int i = 0; i < document.instalments().size(); i++) {
                long open = Balances.instalmentOpen(document, i, settled);
                if (open > 0) {
                    candidates.add(new Candidate(entry, i,
                            document.instalments().get(i).dueDate(), open));
                }
            }
        }
        return candidates;
    }

    private static boolean acceptsMoney(DocumentEntry entry, LocalDate on) {
        ItemState itemState = ItemStates.of(entry, on);
        return itemState != ItemState.DISPUTED && itemState != ItemState.ASSIGNED_TO_FACTOR
                && itemState != ItemState.WRITTEN_OFF;
    }

    private static Comparator<Candidate> comparator(SettlementOrder order) {
        Comparator<Candidate> oldest = Comparator.comparing(Candidate::dueDate)
                .thenComparing(c -> c.entry().document.issueDate())
                .thenComparing(c -> c.entry().document.id())
                .thenComparingInt(Candidate::instalment);
        Comparator<Candidate> chargesFirst = Comparator.comparing(
                c -> !c.entry().document.kind().isCharge());
        return switch (order) {
            case OLDEST_DUE_FIRST -> oldest;
            case CHARGES_FIRST -> chargesFirst.thenComparing(oldest);
            case PRINCIPAL_FIRST -> chargesFirst.reversed().thenComparing(oldest);
        };
    }
}
