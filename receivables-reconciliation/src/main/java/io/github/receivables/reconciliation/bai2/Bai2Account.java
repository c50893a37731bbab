package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.BalanceType;
import io.github.receivables.reconciliation.statement.BankTransactionCode;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryIdentities;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import io.github.receivables.reconciliation.text.StatementSink;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One 03 account with its 16 transactions, read as one statement. The 03 status codes 010, 015,
 * 040 and 045 give the opening and closing ledger and available balances; every other status or
 * summary amount is kept as a balance of type {@link BalanceType#OTHER} under its type code.
 */
final class Bai2Account {

    private final Bai2Lexer lexer;
    private final StatementSink sink;
    private final Bai2Group group;
    private final String fileId;
    private final OffsetDateTime created;
    private final long recordsBefore;
    private final List<Balance> otherBalances = new ArrayList<>();
    private BigInteger total = BigInteger.ZERO;
    private Currency currency;
    private String currencyCode;
    private Balance opening;
    private Balance closing;

    Bai2Account(Bai2Lexer lexer, StatementSink sink, Bai2Group group, String fileId,
            OffsetDateTime created, long recordsBefore) {
        this.lexer = lexer;
        this.sink = sink;
        this.group = group;
        this.fileId = fileId;
        this.created = created;
        this.recordsBefore = recordsBefore;
    }

    /** Reads the 03 record: account number, currency, then type code, amount, count, funds. */
    void readHeader() {
        SourcePosition position = lexer.position();
        String number = lexer.field().strip();
        if (number.isEmpty()) {
            throw new MalformedStatementException(position,
                    "record 03 has no account number; expected it as the first field");
        }
        currency = Bai2Parser.currencyOr(lexer.field(), group.currency(), position);
        currencyCode = currency.getCurrencyCode();
        while (lexer.hasField()) {
            summary(position);
        }
        AccountIdentifier account = new AccountIdentifier(null, number, group.originator());
        sink.start(new StatementHeader(StatementFormat.BAI2, position.source(), fileId, null,
                account, currencyCode, null, created, group.asOfDate(), group.asOfDate(),
                opening));
    }

    private void summary(SourcePosition position) {
        String code = lexer.field().strip();
        String amountText = lexer.field().strip();
        String count = lexer.field().strip();
        Availability.read(lexer, position);
        if (code.isEmpty() && amountText.isEmpty()) {
            return;
        }
        if (!count.isEmpty()) {
            Bai2Values.count(count, position, "item count");
        }
        int typeCode = Bai2Values.typeCode(code, position);
        BigInteger minor = Bai2Values.minorUnits(amountText, position, "amount of type " + code);
        if (minor == null) {
            return;
        }
        total = total.add(minor);
        StatementAmount amount =
                new StatementAmount(Bai2Values.scale(minor, currency), currencyCode);
        Balance balance = new Balance(balanceType(typeCode), code, amount, group.asOfDate());
        switch (balance.type()) {
            case OPENING_BOOKED -> opening = balance;
            case CLOSING_BOOKED -> closing = balance;
            default -> otherBalances.add(balance);
        }
    }

    private static BalanceType balanceType(int typeCode) {
        return switch (typeCode) {
            case 10 -> BalanceType.OPENING_BOOKED;
            case 15 -> BalanceType.CLOSING_BOOKED;
            case 40 -> BalanceType.OPENING_AVAILABLE;
            case 45 -> BalanceType.CLOSING_AVAILABLE;
            default -> BalanceType.OTHER;
        };
    }

    /** Reads a 16 record: type code, amount, funds type, bank and customer reference, text. */
    void readTransaction() {
        SourcePosition position = lexer.position();
        String code = lexer.field().strip();
        int typeCode = Bai2Values.typeCode(code, position);
        BigInteger minor = Bai2Values.minorUnits(lexer.field().strip(), position, "amount");
        if (minor == null || minor.signum() < 0) {
            throw new InvalidValueException(
                    position, "record 16 amount is " + (minor == null ? "missing" : "negative")
                            + "; expected an unsigned amount, the type code gives the direction");
        }
        total = total.add(minor);
        Availability availability = Availability.read(lexer, position);
        String bankReference = Bai2Parser.emptyToNull(lexer.field());
        String customerReference = Bai2Parser.emptyToNull(lexer.field());
        List<String> text = new ArrayList<>();
        for (String line = lexer.text(); line != null; line = lexer.text()) {
            if (!line.isEmpty()) {
                sink.checkFieldLength(line.length(), position);
                text.add(line);
            }
        }
        sink.entry(entry(position, typeCode, code, minor, availability, bankReference,
                customerReference, text));
    }

    private StatementEntry entry(SourcePosition position, int typeCode, String code,
            BigInteger minor, Availability availability, String bankReference,
            String customerReference, List<String> text) {
        CreditDebit direction = TypeCodes.direction(typeCode);
        EntryStatus status = EntryStatus.BOOKED;
        if (direction == null) {
            sink.warning(position, "type code " + code + " has no debit or credit direction;"
                    + " entry reported as information");
            direction = CreditDebit.CREDIT;
            status = EntryStatus.INFO;
        }
        BigDecimal value = Bai2Values.scale(minor, currency);
        BigDecimal signed = direction == CreditDebit.DEBIT ? value.negate() : value;
        StatementAmount amount = new StatementAmount(signed, currencyCode);
        LocalDate bookingDate = group.asOfDate();
        String id = sink.identities().next(bookingDate, signed, bankReference, customerReference,
                String.join("\n", text));
        Map<String, String> extra = new HashMap<>(availability.extra());
        TransactionDetails details = new TransactionDetails(EntryIdentities.transactionId(id, 0),
                amount, null, null, null, null, null, null, null, Party.UNKNOWN, text, null, null,
                Map.of());
        return new StatementEntry(id, position, amount, direction, false, status, bookingDate,
                availability.valueDate(), bankReference, customerReference,
                BankTransactionCode.proprietary(code, "BAI"), null, 0, List.of(details), extra);
    }

    /**
     * Reads the 49 trailer, checks it and ends the statement.
     *
     * @return the account control total as stated, for the group total
     */
    BigInteger readTrailer(Bai2Parser.Mismatches mismatches) {
        SourcePosition position = lexer.position();
        BigInteger stated = Bai2Values.minorUnits(lexer.field().strip(), position,
                "account control total");
        long records = Bai2Values.count(lexer.field().strip(), position, "number of records");
        if (stated != null && !stated.equals(total)) {
            mismatches.report("account control total", stated.toString(), total.toString(),
                    position);
        }
        long computedRecords = lexer.physicalRecords() - recordsBefore;
        if (records != computedRecords) {
            mismatches.report("number of records in the account", String.valueOf(records),
                    String.valueOf(computedRecords), position);
        }
        sink.end(closing, otherBalances);
        return stated != null ? stated : total;
    }
}
