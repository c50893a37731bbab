package io.github.receivables.examples.quickstart.reconcile;

import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.reconciliation.matching.AllocationWriter;
import io.github.receivables.reconciliation.matching.Application;
import io.github.receivables.reconciliation.matching.ProposedAllocation;
import io.github.receivables.spi.store.Stores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes what matching applies into the SPI stores: the line's payment (its external id is the
 * line id) and its allocations, in one transaction per line.
 *
 * <p>NOTE: adjustments (fees and rounding gaps closed within tolerance) and short-payment flags
 * are shown in the explanation but not stored, because the storage SPI has no write-off or flag
 * store; such a gap stays open on the item.
 */
final class StoreAllocationWriter implements AllocationWriter {

    private final Stores stores;

    StoreAllocationWriter(Stores stores) {
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    @Override
    public boolean apply(Application application) {
        return stores.inTransaction(tx -> {
            Payment payment = application.payment();
            if (tx.payments().findByExternalId(payment.externalId()).isPresent()) {
                return false;
            }
            tx.payments().insert(payment);
            List<Allocation> allocations = new ArrayList<>();
            int index = 0;
            for (ProposedAllocation proposed : application.proposal().allocations()) {
                allocations.add(new Allocation(allocationId(application.lineId(), index++),
                        proposed.source(), proposed.item().documentId(), proposed.amount(),
                        proposed.sourceAmount(), application.appliedOn(), null));
            }
            if (!allocations.isEmpty()) {
                tx.allocations().insertAll(allocations);
            }
            return true;
        });
    }

    @Override
    public boolean revert(String lineId, LocalDate on, RevertReason reason) {
        return stores.inTransaction(tx -> {
            Optional<Payment> payment = tx.payments().findByExternalId(lineId)
                    .map(row -> row.value());
            if (payment.isEmpty()) {
                return false;
            }
            boolean reverted = false;
            AllocationSource source = AllocationSource.payment(payment.get().id());
            for (Allocation allocation : tx.allocations().findBySource(source)) {
                if (allocation.reversedOn() == null) {
                    tx.allocations().reverse(allocation.id(), on);
                    reverted = true;
                }
            }
            return reverted;
        });
    }

    private static AllocationId allocationId(String lineId, int index) {
        String id = "m-" + lineId + "-" + index;
        return AllocationId.of(id.length() <= 100 ? id : "m-" + Integer.toHexString(
                lineId.hashCode()) + "-" + index);
    }
}
