package io.github.receivables.reconciliation.statement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a statement says about itself before its entries.
 *
 * @param format the format it was read from; never null
 * @param source the file or stream name given to the reader; never null
 * @param messageId the file or message id (camt {@code GrpHdr/MsgId}, MT940 :20:, BAI2 file id),
 *     or null
 * @param statementId the statement id (camt {@code Stmt/Id}, MT940 :20:), or null
 * @param account the account the statement is for; never null
 * @param currency the account currency as an ISO 4217 code, or null when the file gives none
 * @param sequenceNumber the statement or page number as written (camt {@code ElctrncSeqNb} or
 *     {@code LglSeqNb}, MT940 :28C:), or null
 * @param created when the bank created the file, or null
 * @param fromDate the first day covered, or null
 * @param toDate the last day covered, or null
 * @param opening the opening booked balance, or null when the file gives none before its entries
 */
public record StatementHeader(
        StatementFormat format,
        String source,
        String messageId,
        String statementId,
        AccountIdentifier account,
        String currency,
        String sequenceNumber,
        OffsetDateTime created,
        LocalDate fromDate,
        LocalDate toDate,
        Balance opening) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if format, source or account is null
     */
    public StatementHeader {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(account, "account");
    }
}
