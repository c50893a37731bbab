package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.reconciliation.matching.memory.InMemoryAllocationWriter;
import io.github.receivables.reconciliation.matching.memory.InMemoryDecisionLog;
import io.github.receivables.reconciliation.matching.memory.InMemoryPayerRules;
import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.BankTransactionCode;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Small portfolios and bank lines for example tests. */
final class Fixtures {

    static final Currency CLP = Currency.getInstance("CLP");
    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    final List<PayerProfile> customers = new ArrayList<>();
    final List<MatchableItem> items = new ArrayList<>();
    private int lines;

    PayerProfile customer(String id, String name, int rutBody, String... accounts) {
        PayerProfile profile = new PayerProfile(CustomerId.of(id), name, Rut.of(rutBody),
                "default", List.of(accounts));
        customers.add(profile);
        return profile;
    }

    PayerProfile customer(String id, String name, int rutBody, String segment) {
        PayerProfile profile = new PayerProfile(CustomerId.of(id), name, Rut.of(rutBody), segment,
                List.of());
        customers.add(profile);
        return profile;
    }

    ItemKey invoice(String customer, String number, long amount) {
        return invoice(customer, number, Money.ofMinor(amount, CLP), DAY.minusDays(3));
    }

    ItemKey invoice(String customer, String number, Money amount, LocalDate due,
            ItemReference... references) {
        return add(customer, number, DocumentKind.INVOICE, amount, amount, due, references);
    }

    ItemKey partlyPaid(String customer, String number, long original, long open) {
        return add(customer, number, DocumentKind.INVOICE, Money.ofMinor(original, CLP),
                Money.ofMinor(open, CLP), DAY.minusDays(3));
    }

    ItemKey creditNote(String customer, String number, long amount) {
        Money money = Money.ofMinor(amount, CLP);
        return add(customer, number, DocumentKind.CREDIT_NOTE, money, money, DAY.minusDays(10));
    }

    private ItemKey add(String customer, String number, DocumentKind kind, Money original,
            Money open, LocalDate due, ItemReference... references) {
        String prefix = kind == DocumentKind.CREDIT_NOTE ? "NC-" : "INV-";
        OpenItem item = new OpenItem(DocumentId.of(prefix + number), 0, CustomerId.of(customer),
                kind, number, due.minusDays(30), due, original, open, CollectionStatus.ACTIVE);
        items.add(new MatchableItem(item, List.of(references)));
        return ItemKey.of(item);
    }

    OpenItemIndex index() {
        return OpenItemIndex.build(customers, items);
    }

    /** A booked credit in CLP from a payer, with text. */
    StatementEntry credit(long amount, String payerName, String taxId, String account,
            String text) {
        return entry(new StatementAmount(BigDecimal.valueOf(amount), "CLP"),
                new Party(payerName, account == null ? null
                        : new AccountIdentifier(null, account, null), taxId, null),
                text, null, null, null, EntryStatus.BOOKED, false);
    }

    StatementEntry entry(StatementAmount amount, Party payer, String text,
            CreditorReference reference, String endToEndId, StatementAmount instructed,
            EntryStatus status, boolean reversal) {
        String id = "E" + (++lines);
        boolean credit = amount.value().signum() > 0;
        TransactionDetails details = new TransactionDetails(id + "-0", amount, instructed, null,
                endToEndId, null, null, null, null, payer,
                text == null ? List.of() : List.of(text), reference, null, Map.of());
        return new StatementEntry(id, new SourcePosition("test", lines, 0, ""), amount,
                credit ? CreditDebit.CREDIT : CreditDebit.DEBIT, reversal, status, DAY, DAY,
                "BR" + id, null, BankTransactionCode.UNKNOWN, null, 1, List.of(details), Map.of());
    }

    static BankLine line(StatementEntry entry) {
        return BankLine.of(entry).get(0);
    }

    /** Everything needed to run decisions over this portfolio. */
    record Service(CashApplication application, InMemoryAllocationWriter writer,
            InMemoryDecisionLog log, InMemoryPayerRules rules, MatchingEngine engine) {}

    Service service(MatchingConfig config) {
        InMemoryPayerRules rules = new InMemoryPayerRules();
        MatchingEngine engine = MatchingEngine.builder(index()).config(config).payerRules(rules)
                .build();
        InMemoryAllocationWriter writer = new InMemoryAllocationWriter();
        InMemoryDecisionLog log = new InMemoryDecisionLog();
        return new Service(new CashApplication(engine, writer, log, rules), writer, log, rules,
                engine);
    }

    static MatchingConfig clpTolerance(long fee, long rounding) {
        return MatchingConfig.builder().tolerance(CLP, new Tolerance(fee, rounding, 0)).build();
    }
}
