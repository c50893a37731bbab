package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.reconciliation.matching.LineKeys;
import io.github.receivables.spi.store.BankLineKeys;

/**
 * Maps matching's {@link LineKeys} to the SPI's {@link BankLineKeys} and back. An empty key, an
 * end-to-end id of {@code NOTPROVIDED} (which many payers send, so it identifies nothing), and a
 * key longer than {@link BankLineKeys#MAX_KEY_LENGTH} are stored as absent. A reversal cannot
 * find its original by a key dropped this way, and falls back to the next look-up.
 */
final class LineKeyMapping {

    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private LineKeyMapping() {}

    /** Returns the keys to store for a line. */
    static BankLineKeys toStore(LineKeys keys) {
        String endToEndId = NOT_PROVIDED.equalsIgnoreCase(keys.endToEndId()) ? null
                : storable(keys.endToEndId());
        return new BankLineKeys(endToEndId, storable(keys.bankReference()), keys.amount(),
                keys.date(), storable(keys.payerAccount()), storable(keys.payerName()));
    }

    /** Returns matching's keys of stored ones; an absent payer name becomes the empty name. */
    static LineKeys fromStore(BankLineKeys keys) {
        return new LineKeys(keys.date(), keys.endToEndId(), keys.bankReference(), keys.amount(),
                keys.payerAccount(), keys.payerName() == null ? "" : keys.payerName());
    }

    private static String storable(String key) {
        if (key == null || key.isBlank() || key.length() > BankLineKeys.MAX_KEY_LENGTH) {
            return null;
        }
        return key;
    }
}
