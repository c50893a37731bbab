package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.ledger.WriteOff;
import io.github.receivables.reconciliation.matching.Adjustment;
import io.github.receivables.reconciliation.matching.Application;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.WriteOffReason;
import io.github.receivables.spi.store.WriteOffRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a proposal's shortfall adjustments to stored write-offs and reverses them with their
 * line. The source of each write-off is the line's decision id, so a revert finds them by it.
 */
final class WriteOffs {

    private WriteOffs() {}

    /**
     * Returns a write-off for each negative adjustment of the line, dated the application day,
     * with ids derived from the line id so that applying the line again finds the same ids.
     */
    static List<WriteOffRecord> of(Application application) {
        String source = StoreIds.decisionId(application.lineId()).value();
        List<WriteOffRecord> writeOffs = new ArrayList<>();
        for (Adjustment adjustment : application.proposal().adjustments()) {
            if (adjustment.amount().isNegative()) {
                WriteOff writeOff = new WriteOff(adjustment.item().documentId(),
                        adjustment.amount().negate(), application.appliedOn());
                writeOffs.add(new WriteOffRecord(
                        StoreIds.writeOffId(application.lineId(), writeOffs.size()), writeOff,
                        reason(adjustment.kind()), source));
            }
        }
        return writeOffs;
    }

    /** Reverses from a day on every write-off of a line that is still in force. */
    static void reverse(Stores tx, String lineId, LocalDate on) {
        String source = StoreIds.decisionId(lineId).value();
        for (WriteOffRecord writeOff : tx.writeOffs().findBySource(source)) {
            if (writeOff.reversedOn() == null) {
                tx.writeOffs().reverse(writeOff.id(), on);
            }
        }
    }

    private static WriteOffReason reason(Adjustment.Kind kind) {
        return switch (kind) {
            case BANK_FEE -> WriteOffReason.BANK_FEE;
            case PROVIDER_FEE -> WriteOffReason.PROVIDER_FEE;
            case ROUNDING -> WriteOffReason.ROUNDING;
            case EXCHANGE_DIFFERENCE -> WriteOffReason.EXCHANGE_DIFFERENCE;
        };
    }
}
