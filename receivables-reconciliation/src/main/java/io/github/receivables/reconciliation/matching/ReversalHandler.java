package io.github.receivables.reconciliation.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reopens what a reversed line settled. The original is found by end-to-end id, else by a word
 * of the reversal's text that is the original entry's bank reference, else by the opposite
 * amount and the payer's account within {@link MatchingConfig#reversalLookBackDays()} before the
 * reversal. When no single applied original is found the reversal waits for review.
 */
final class ReversalHandler {

    private final AllocationWriter writer;
    private final DecisionLog log;
    private final MatchingSession session;
    private final int lookBackDays;

    ReversalHandler(AllocationWriter writer, DecisionLog log, MatchingSession session,
            int lookBackDays) {
        this.writer = writer;
        this.log = log;
        this.session = session;
        this.lookBackDays = lookBackDays;
    }

    LineOutcome handle(BankLine line, MatchResult result, LineKeys keys, LocalDate on) {
        Decision original = findOriginal(line, keys, keys.date() != null ? keys.date() : on);
        if (original == null) {
            Decision unresolved = new Decision(line.id(), DecisionStatus.REVERSAL_UNRESOLVED,
                    List.of(), keys, on, Decision.AUTOMATIC, null);
            log.record(unresolved);
            return new LineOutcome(line, LineOutcome.Action.REVERSAL_UNRESOLVED, result,
                    unresolved);
        }
        writer.revert(original.lineId(), on, AllocationWriter.RevertReason.BANK_REVERSAL);
        original.findProposal().ifPresent(session::release);
        log.record(original.with(DecisionStatus.REVERSED_BY_BANK, on, Decision.AUTOMATIC,
                line.id()));
        Decision reversal = new Decision(line.id(), DecisionStatus.REVERSAL_APPLIED, List.of(),
                keys, on, Decision.AUTOMATIC, original.lineId());
        log.record(reversal);
        return new LineOutcome(line, LineOutcome.Action.REVERSED, result, reversal);
    }

    /**
     * Finds the one applied original of a reversal dated {@code date}. By amount only the
     * originals of the same payer dated in the look-back window count, and several of them
     * leave the reversal for review.
     */
    private Decision findOriginal(BankLine line, LineKeys keys, LocalDate date) {
        String endToEndId = line.endToEndId();
        if (endToEndId != null && !endToEndId.equalsIgnoreCase("NOTPROVIDED")) {
            List<Decision> byId = log.findAppliedByEndToEndId(endToEndId);
            if (byId.size() == 1) {
                return byId.get(0);
            }
        }
        for (String word : line.remittance().split("\\s+")) {
            List<Decision> byReference = word.isEmpty() ? List.of()
                    : log.findAppliedByBankReference(word);
            if (byReference.size() == 1 && byReference.get(0).keys().amount()
                    .equals(line.amount().abs())) {
                return byReference.get(0);
            }
        }
        List<Decision> sameAccount = new ArrayList<>();
        for (Decision candidate : log.findAppliedByAmount(line.amount().abs(),
                date.minusDays(lookBackDays), date)) {
            if (samePayer(candidate.keys(), keys)) {
                sameAccount.add(candidate);
            }
        }
        return sameAccount.size() == 1 ? sameAccount.get(0) : null;
    }

    /** Same account when the reversal names one, else the same non-empty payer name. */
    private static boolean samePayer(LineKeys original, LineKeys reversal) {
        if (reversal.payerAccount() != null && !reversal.payerAccount().isEmpty()) {
            return reversal.payerAccount().equals(original.payerAccount());
        }
        return !reversal.payerName().isEmpty() && reversal.payerName().equals(original.payerName());
    }
}
