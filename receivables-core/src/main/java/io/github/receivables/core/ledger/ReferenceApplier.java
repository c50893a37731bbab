package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.DocumentReference;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the references of credit and debit notes into allocations.
 *
 * <ul>
 *   <li>A credit note that reduces or cancels a receivable is allocated to it, up to the smaller
 *       of the credit note's unapplied amount and the receivable's open balance, on the later of
 *       the two issue dates. What does not fit stays as unapplied credit.
 *   <li>A debit note that annuls a credit note reverses every allocation of that credit note on
 *       the debit note's issue date (or the allocation's own day if later), so the documents it
 *       reduced are open again, and then allocates the credit note to the debit note, so the pair
 *       cancels out.
 * </ul>
 *
 * Every reference is checked before anything is recorded. Applying the same note twice changes
 * nothing the second time.
 */
final class ReferenceApplier {

    private final LedgerState state;

    ReferenceApplier(LedgerState state) {
        this.state = state;
    }

    ReferenceResult apply(DocumentId noteId) {
        DocumentEntry note = state.document(noteId);
        List<DocumentReference> unresolved = new ArrayList<>();
        List<DocumentEntry> targets = new ArrayList<>();
        List<ReferenceEffect> effects = new ArrayList<>();
        for (DocumentReference reference : note.document.references()) {
            if (!affectsAmounts(note.document.kind(), reference.effect())) {
                continue;
            }
            DocumentEntry target = state.documents.get(reference.target());
            if (target == null) {
                unresolved.add(reference);
                continue;
            }
            check(note.document, target.document, reference.effect());
            targets.add(target);
            effects.add(reference.effect());
        }
        List<Allocation> created = new ArrayList<>();
        List<Allocation> reversed = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (effects.get(i) == ReferenceEffect.ANNULS_CREDIT) {
                annul(note, targets.get(i), created, reversed);
            } else {
                DocumentEntry target = targets.get(i);
                credit(target, note, later(note.document.issueDate(), target.document.issueDate()),
                        created);
            }
        }
        return new ReferenceResult(created, reversed, unresolved);
    }

    private static boolean affectsAmounts(DocumentKind kind, ReferenceEffect effect) {
        return switch (effect) {
            case REDUCES_AMOUNT, CANCELS -> kind == DocumentKind.CREDIT_NOTE;
            case ANNULS_CREDIT -> kind == DocumentKind.DEBIT_NOTE;
            case CORRECTS_TEXT, INFORMATIONAL -> false;
        };
    }

    private static void check(Document note, Document target, ReferenceEffect effect) {
        boolean annuls = effect == ReferenceEffect.ANNULS_CREDIT;
        if (annuls && target.kind() != DocumentKind.CREDIT_NOTE) {
            throw new LedgerException("debit note " + note.id() + " annuls document " + target.id()
                    + ", which is a " + target.kind() + ", not a credit note");
        }
        if (!annuls && !target.kind().isReceivable()) {
            throw new LedgerException("credit note " + note.id() + " reduces document "
                    + target.id() + ", which is a credit note itself");
        }
        if (!note.customerId().equals(target.customerId())) {
            throw new LedgerException("note " + note.id() + " of customer " + note.customerId()
                    + " references document " + target.id() + " of customer "
                    + target.customerId() + ": references stay within one customer");
        }
        if (!note.currency().equals(target.currency())) {
            throw new LedgerException("note " + note.id() + " in "
                    + note.currency().getCurrencyCode() + " references document " + target.id()
                    + " in " + target.currency().getCurrencyCode()
                    + ": apply it explicitly with both amounts");
        }
    }

    /**
     * Allocates a credit note to a receivable on a day, unless an allocation between them is
     * already in force.
     */
    private void credit(DocumentEntry receivable, DocumentEntry creditNote, LocalDate on,
            List<Allocation> created) {
        for (Allocation existing : creditNote.outgoing()) {
            boolean inForce = existing.reversedOn() == null;
            if (inForce && existing.target().equals(receivable.document.id())) {
                return;
            }
        }
        long amount = Math.min(Balances.availableToApply(creditNote, on, null),
                Balances.availableToSettle(receivable, on, null));
        if (amount <= 0) {
            return;
        }
        Money money = Money.ofMinor(amount, receivable.document.currency());
        AllocationId id = state.deriveAllocationId(creditNote.source(), receivable.document.id(),
                on, 0);
        Allocation allocation = Allocation.of(id, creditNote.source(), receivable.document.id(),
                money, on);
        state.commit(allocation);
        created.add(allocation);
    }

    private void annul(DocumentEntry debitNote, DocumentEntry creditNote, List<Allocation> created,
            List<Allocation> reversed) {
        LocalDate annulledOn = later(debitNote.document.issueDate(),
                creditNote.document.issueDate());
        LocalDate on = annulledOn;
        for (Allocation allocation : List.copyOf(creditNote.outgoing())) {
            if (allocation.reversedOn() != null
                    || allocation.target().equals(debitNote.document.id())) {
                continue;
            }
            LocalDate reversalDay = later(annulledOn, allocation.appliedOn());
            Allocation undone = allocation.reverse(reversalDay);
            state.replace(allocation, undone);
            reversed.add(undone);
            on = later(on, reversalDay);
        }
        credit(debitNote, creditNote, on, created);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
