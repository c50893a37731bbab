package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryIdentities;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * Reads one statement element ({@code Stmt}, {@code Rpt} or {@code Ntfctn}) and passes its
 * header, entries and trailer to the handler. The header goes out just before the first entry
 * (or at the end when there is none), once the account and the balances before the entries are
 * known.
 */
final class StatementParser {

    private final XmlCursor cursor;
    private final CamtMessageType type;
    private final String source;
    private final GroupHeader group;
    private final StatementHandler handler;
    private final EntryParser entries;
    private final Consumer<ReaderWarning> warnings;
    private final BalanceTracker balances = new BalanceTracker();

    private String statementId;
    private String electronicSequence;
    private String legalSequence;
    private OffsetDateTime created;
    private LocalDate fromDate;
    private LocalDate toDate;
    private PartyDraft account;
    private String accountCurrency;
    private StatementHeader header;
    private EntryAssembler assembler;
    private long entryCount;

    StatementParser(XmlCursor cursor, CamtMessageType type, String source, GroupHeader group,
            StatementHandler handler, EntryBudget budget) {
        this.cursor = cursor;
        this.type = type;
        this.source = source;
        this.group = group;
        this.handler = handler;
        this.entries = new EntryParser(cursor, budget);
        this.warnings = handler::warning;
    }

    /** Reads the statement the cursor is on, up to and including its end tag. */
    void read() {
        SourcePosition start = cursor.position();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Id" -> statementId = PartyParser.empty(cursor.text());
                case "ElctrncSeqNb" -> electronicSequence = PartyParser.empty(cursor.text());
                case "LglSeqNb" -> legalSequence = PartyParser.empty(cursor.text());
                case "CreDtTm" -> created = CamtValues.dateTime(cursor, cursor.text());
                case "FrToDt" -> period();
                case "Acct" -> account();
                case "Bal" -> balances.add(balance());
                case "Ntry" -> entry();
                default -> cursor.skip();
            }
        }
        emitHeader(null, start);
        StatementTrailer trailer = new StatementTrailer(balances.closing(), balances.others(),
                entryCount, balances.check(start, warnings));
        handler.endStatement(trailer);
    }

    private void entry() {
        EntryDraft draft = entries.read();
        emitHeader(draft.amount.currency(), draft.position);
        StatementEntry entry = assembler.assemble(draft);
        balances.add(entry);
        entryCount++;
        handler.entry(entry);
    }

    private void emitHeader(String entryCurrency, SourcePosition position) {
        if (header != null) {
            return;
        }
        if (account == null || account.account() == null) {
            throw new MalformedStatementException(position, "the " + type.statementElement()
                    + " has no account (Acct/Id/IBAN or Acct/Id/Othr/Id) before this point;"
                    + " expected Acct before the balances and entries");
        }
        AccountIdentifier accountId = new AccountIdentifier(account.iban, account.otherAccount,
                account.bic);
        Balance opening = balances.opening();
        String currency = accountCurrency != null ? accountCurrency
                : opening != null ? opening.amount().currency() : entryCurrency;
        header = new StatementHeader(type.format(), source, group.messageId, statementId,
                accountId, currency, electronicSequence != null ? electronicSequence : legalSequence,
                created != null ? created : group.created, fromDate, toDate, opening);
        assembler = new EntryAssembler(new EntryIdentities(accountId), warnings);
        handler.startStatement(header);
    }

    private void period() {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "FrDtTm", "FrDt" -> fromDate = CamtValues.date(cursor, cursor.text());
                case "ToDtTm", "ToDt" -> toDate = CamtValues.date(cursor, cursor.text());
                default -> cursor.skip();
            }
        }
    }

    private void account() {
        PartyDraft draft = new PartyDraft();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Id" -> accountId(draft);
                case "Ccy" -> accountCurrency = CamtValues.currency(cursor, cursor.text());
                case "Svcr" -> PartyParser.agent(cursor, draft);
                default -> cursor.skip();
            }
        }
        account = draft;
    }

    private void accountId(PartyDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "IBAN" -> draft.iban = PartyParser.empty(cursor.text());
                case "Othr" -> draft.otherAccount = PartyParser.otherId(cursor);
                default -> cursor.skip();
            }
        }
    }

    private Balance balance() {
        SourcePosition position = cursor.position();
        String code = null;
        StatementAmount amount = null;
        CreditDebit direction = null;
        LocalDate date = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Tp" -> code = balanceCode();
                case "Amt" -> amount = CamtValues.amount(cursor);
                case "CdtDbtInd" -> direction = CamtValues.creditDebit(cursor);
                case "Dt" -> date = CamtValues.date(cursor);
                default -> cursor.skip();
            }
        }
        String missing = null;
        if (code == null) {
            missing = "Tp/CdOrPrtry";
        } else if (amount == null) {
            missing = "Amt";
        } else if (direction == null) {
            missing = "CdtDbtInd";
        }
        if (missing != null) {
            throw new MalformedStatementException(position, "the balance has no " + missing
                    + "; expected every Bal to contain Tp, Amt and CdtDbtInd");
        }
        StatementAmount signed = direction == CreditDebit.DEBIT ? amount.negate() : amount;
        return new Balance(BalanceTracker.type(code), code, signed, date);
    }

    private String balanceCode() {
        String code = null;
        while (cursor.nextChild()) {
            if (cursor.name().equals("CdOrPrtry")) {
                code = PartyParser.empty(cursor.subtreeText());
            } else {
                cursor.skip();
            }
        }
        return code;
    }

    /** Message-level data every statement of the message shares. */
    static final class GroupHeader {
        String messageId;
        OffsetDateTime created;
    }
}
