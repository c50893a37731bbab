package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.Party;
import java.util.List;
import java.util.Map;

/**
 * Contents of an :86: field for one entry, whatever its dialect.
 *
 * @param text the field text with its line breaks removed, used for entry ids
 * @param counterparty the payer or payee; {@link Party#UNKNOWN} when not given
 * @param remittance the remittance lines
 * @param endToEndId the end-to-end id (EREF), or null
 * @param mandateId the mandate id (MREF or MARF), or null
 * @param creditorReference the structured creditor reference, or null
 * @param returnReason the return reason code (RTRN), or null
 * @param extra every other subfield by name
 */
record Information(
        String text,
        Party counterparty,
        List<String> remittance,
        String endToEndId,
        String mandateId,
        CreditorReference creditorReference,
        String returnReason,
        Map<String, String> extra) {

    static final Information NONE =
            new Information(null, Party.UNKNOWN, List.of(), null, null, null, null, Map.of());
}
