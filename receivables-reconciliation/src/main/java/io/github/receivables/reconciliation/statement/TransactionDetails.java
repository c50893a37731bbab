package io.github.receivables.reconciliation.statement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One transaction inside an entry. A single-transaction entry has one of these; a batch entry
 * (a collective booking) has one per transaction, each with its own amount.
 *
 * @param id stable identity of this transaction: the entry's id plus its index within the entry;
 *     never null
 * @param amount the signed amount of this transaction in the account currency; never null
 * @param instructedAmount the amount the payer instructed, possibly in another currency, or null
 * @param charges bank charges deducted from this transaction, as a positive amount, or null
 * @param endToEndId the payer's end-to-end id, or null ({@code NOTPROVIDED} is kept as written)
 * @param instructionId the instruction id, or null
 * @param transactionId the interbank transaction id, or null
 * @param uetr the unique end-to-end transaction reference (a UUID), or null
 * @param mandateId the direct debit mandate id, or null
 * @param counterparty the payer of a credit or payee of a debit; never null, possibly
 *     {@link Party#UNKNOWN}
 * @param remittanceText unstructured remittance lines in file order; never null
 * @param creditorReference the structured creditor reference, or null
 * @param returnReason the return or reversal reason code (such as {@code MS03}), or null
 * @param extra other fields the reader kept by name, such as MT940 :86: subfields; never null
 */
public record TransactionDetails(
        String id,
        StatementAmount amount,
        StatementAmount instructedAmount,
        StatementAmount charges,
        String endToEndId,
        String instructionId,
        String transactionId,
        String uetr,
        String mandateId,
        Party counterparty,
        List<String> remittanceText,
        CreditorReference creditorReference,
        String returnReason,
        Map<String, String> extra) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if id, amount, counterparty, remittanceText or extra is null
     */
    public TransactionDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(counterparty, "counterparty");
        remittanceText = List.copyOf(remittanceText);
        extra = Map.copyOf(extra);
    }

    /**
     * Returns the remittance lines joined by a space, for searching references.
     *
     * @return the joined text; empty when there is none
     */
    public String remittance() {
        return String.join(" ", remittanceText);
    }
}
