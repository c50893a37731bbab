package io.github.receivables.reconciliation.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns that fill an entry's fields, apart from its amount. Every column except
 * {@code bookingDate} is optional (null when the file has none).
 *
 * @param bookingDate the booking date; required
 * @param valueDate the value date
 * @param account the account holder's own account (IBAN or number); a change of value between
 *     rows starts a new statement
 * @param currency the ISO 4217 currency code of each row's amount
 * @param counterpartyName the payer or payee name
 * @param counterpartyAccount the payer or payee account (an IBAN is recognized as such)
 * @param counterpartyBic the payer or payee bank's BIC
 * @param remittance columns whose non-empty text becomes the remittance lines, in this order;
 *     never null
 * @param additionalInfo free text attached to the entry
 * @param entryReference the entry or customer reference
 * @param bankReference the bank's own reference or transaction id
 * @param endToEndId the payer's end-to-end id
 * @param mandateId the direct debit mandate id
 * @param transactionCode the bank's transaction type text, kept as a proprietary code
 * @param status the booking status; its values are mapped by {@link ColumnMapping#statusValues()}
 * @param balance the running balance after the row's booking
 * @param charges fees deducted from the row's amount; stored as a positive amount
 * @param instructedAmount the amount the payer instructed, possibly in another currency
 * @param instructedCurrency the ISO 4217 currency code of {@code instructedAmount}
 */
public record EntryColumns(
        Column bookingDate,
        Column valueDate,
        Column account,
        Column currency,
        Column counterpartyName,
        Column counterpartyAccount,
        Column counterpartyBic,
        List<Column> remittance,
        Column additionalInfo,
        Column entryReference,
        Column bankReference,
        Column endToEndId,
        Column mandateId,
        Column transactionCode,
        Column status,
        Column balance,
        Column charges,
        Column instructedAmount,
        Column instructedCurrency) {

    /** Copies the remittance list. Consistency is checked by {@link ColumnMapping}. */
    public EntryColumns {
        remittance = remittance == null ? List.of() : List.copyOf(remittance);
    }

    /**
     * Starts a builder with every column unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lists every column set in this record, with the name of its component, for validation and
     * header resolution.
     *
     * @return pairs of component name and column, in declaration order; never null
     */
    public List<Named> all() {
        List<Named> named = new ArrayList<>();
        add(named, "bookingDate", bookingDate);
        add(named, "valueDate", valueDate);
        add(named, "account", account);
        add(named, "currency", currency);
        add(named, "counterpartyName", counterpartyName);
        add(named, "counterpartyAccount", counterpartyAccount);
        add(named, "counterpartyBic", counterpartyBic);
        for (int i = 0; i < remittance.size(); i++) {
            add(named, "remittance[" + i + "]", remittance.get(i));
        }
        add(named, "additionalInfo", additionalInfo);
        add(named, "entryReference", entryReference);
        add(named, "bankReference", bankReference);
        add(named, "endToEndId", endToEndId);
        add(named, "mandateId", mandateId);
        add(named, "transactionCode", transactionCode);
        add(named, "status", status);
        add(named, "balance", balance);
        add(named, "charges", charges);
        add(named, "instructedAmount", instructedAmount);
        add(named, "instructedCurrency", instructedCurrency);
        return named;
    }

    private static void add(List<Named> named, String field, Column column) {
        if (column != null) {
            named.add(new Named(field, column));
        }
    }

    /**
     * A column together with the name of the mapping field that refers to it.
     *
     * @param field the field name, such as {@code bookingDate} or {@code remittance[1]}
     * @param column the column
     */
    public record Named(String field, Column column) {}

    /** Collects columns one by one; every setter accepts a header name. Not thread-safe. */
    public static final class Builder {
        private Column bookingDate;
        private Column valueDate;
        private Column account;
        private Column currency;
        private Column counterpartyName;
        private Column counterpartyAccount;
        private Column counterpartyBic;
        private final List<Column> remittance = new ArrayList<>();
        private Column additionalInfo;
        private Column entryReference;
        private Column bankReference;
        private Column endToEndId;
        private Column mandateId;
        private Column transactionCode;
        private Column status;
        private Column balance;
        private Column charges;
        private Column instructedAmount;
        private Column instructedCurrency;

        private Builder() {}

        /**
         * Sets the booking date column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder bookingDate(Column column) {
            bookingDate = column;
            return this;
        }

        /**
         * Sets the value date column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder valueDate(Column column) {
            valueDate = column;
            return this;
        }

        /**
         * Sets the own account column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder account(Column column) {
            account = column;
            return this;
        }

        /**
         * Sets the currency column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder currency(Column column) {
            currency = column;
            return this;
        }

        /**
         * Sets the counterparty name column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder counterpartyName(Column column) {
            counterpartyName = column;
            return this;
        }

        /**
         * Sets the counterparty account column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder counterpartyAccount(Column column) {
            counterpartyAccount = column;
            return this;
        }

        /**
         * Sets the counterparty BIC column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder counterpartyBic(Column column) {
            counterpartyBic = column;
            return this;
        }

        /**
         * Adds a remittance column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder remittance(Column column) {
            remittance.add(column);
            return this;
        }

        /**
         * Sets the additional information column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder additionalInfo(Column column) {
            additionalInfo = column;
            return this;
        }

        /**
         * Sets the entry reference column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder entryReference(Column column) {
            entryReference = column;
            return this;
        }

        /**
         * Sets the bank reference column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder bankReference(Column column) {
            bankReference = column;
            return this;
        }

        /**
         * Sets the end-to-end id column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder endToEndId(Column column) {
            endToEndId = column;
            return this;
        }

        /**
         * Sets the mandate id column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder mandateId(Column column) {
            mandateId = column;
            return this;
        }

        /**
         * Sets the transaction type column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder transactionCode(Column column) {
            transactionCode = column;
            return this;
        }

        /**
         * Sets the booking status column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder status(Column column) {
            status = column;
            return this;
        }

        /**
         * Sets the running balance column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder balance(Column column) {
            balance = column;
            return this;
        }

        /**
         * Sets the charges column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder charges(Column column) {
            charges = column;
            return this;
        }

        /**
         * Sets the instructed amount column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder instructedAmount(Column column) {
            instructedAmount = column;
            return this;
        }

        /**
         * Sets the instructed currency column.
         *
         * @param column the column, or null to unset it
         * @return this builder
         */
        public Builder instructedCurrency(Column column) {
            instructedCurrency = column;
            return this;
        }

        /**
         * Creates the record.
         *
         * @return the columns; never null
         */
        public EntryColumns build() {
            return new EntryColumns(bookingDate, valueDate, account, currency, counterpartyName,
                    counterpartyAccount, counterpartyBic, remittance, additionalInfo,
                    entryReference, bankReference, endToEndId, mandateId, transactionCode, status,
                    balance, charges, instructedAmount, instructedCurrency);
        }
    }
}
