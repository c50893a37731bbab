package io.github.receivables.reconciliation.statement;

/**
 * The other side of a transaction: the payer of a credit or the payee of a debit. Any component
 * may be null. This record contains personal data; log it only at DEBUG and masked.
 *
 * @param name the name as the bank wrote it
 * @param account the party's account, or null
 * @param taxId a tax identifier given by the bank (for example a Chilean RUT), as written
 * @param address address lines joined by a line feed
 */
public record Party(String name, AccountIdentifier account, String taxId, String address) {

    /** A party about whom the file says nothing. */
    public static final Party UNKNOWN = new Party(null, null, null, null);
}
