package io.github.receivables.core.ledger;

import io.github.receivables.core.document.DocumentReference;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Ledger#applyReferences} did for a credit or debit note.
 *
 * @param created the allocations created; never null
 * @param reversed the allocations reversed, as they are after the reversal; never null
 * @param unresolved references whose target document is not in the ledger yet; call again once
 *     it is; never null
 */
public record ReferenceResult(
        List<Allocation> created, List<Allocation> reversed, List<DocumentReference> unresolved) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is null
     */
    public ReferenceResult {
        created = List.copyOf(Objects.requireNonNull(created, "created"));
        reversed = List.copyOf(Objects.requireNonNull(reversed, "reversed"));
        unresolved = List.copyOf(Objects.requireNonNull(unresolved, "unresolved"));
    }
}
