package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.OpenItem;
import java.util.List;
import java.util.Objects;

/**
 * An open item as matching sees it: the item with its open amount, plus the references under
 * which it was offered to the customer.
 *
 * @param item the open item, with its open amount as of the snapshot; never null
 * @param references extra references such as the reminder's structured reference or a QR
 *     reference; never null, possibly empty
 */
public record MatchableItem(OpenItem item, List<ItemReference> references) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public MatchableItem {
        Objects.requireNonNull(item, "item");
        references = List.copyOf(references);
    }

    /**
     * Wraps an item that has no references besides its number.
     *
     * @param item the open item; never null
     * @return the matchable item
     */
    public static MatchableItem of(OpenItem item) {
        return new MatchableItem(item, List.of());
    }

    /**
     * Returns the key of the item.
     *
     * @return the document and instalment; never null
     */
    public ItemKey key() {
        return ItemKey.of(item);
    }
}
