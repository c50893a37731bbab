package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
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
import java.util.List;
import java.util.Map;

/**
 * Small portfolios that correspond to three sample statements, with the statement entries
 * written by hand as the readers would deliver them. The samples are the PostFinance camt.054
 * with two QR references in one batch entry, the Swiss camt.053 batch with two ISR references,
 * and the camt.054 whose last entry reverses a direct debit. Once the readers are merged, the
 * same portfolios can be matched against the parsed files.
 */
final class SamplePortfolios {

    private SamplePortfolios() {}

    /** A portfolio with the entries that should settle it. */
    record Sample(Fixtures fixtures, List<StatementEntry> entries, List<ItemKey> settled) {}

    /** Builds the camt.054 of 2020-06-18: one entry of 1692.22 CHF with two QRR payments. */
    static Sample postFinanceQrr() {
        Fixtures f = new Fixtures();
        f.customer("CH-1", "Maria Bernasconi", 12_345_678, "CH5109000000250092291");
        LocalDate due = LocalDate.of(2020, 6, 15);
        ItemKey first = f.invoice("CH-1", "QR-20", Money.of("778.29", "CHF"), due,
                new ItemReference(ItemReference.Kind.QR, "539115429773825311971477453"));
        ItemKey second = f.invoice("CH-1", "QR-30", Money.of("913.93", "CHF"), due,
                new ItemReference(ItemReference.Kind.QR, "662437765447746478179744715"));
        Party payer = new Party("Bernasconi Maria",
                new AccountIdentifier("CH5109000000250092291", null, null), null,
                "Place de la Gare 12\n2502 Biel/Bienne");
        TransactionDetails a = details("pf-0", "778.29", "1006265-aic5dL-75dzf3jk9-cf2d5e9",
                payer, "539115429773825311971477453", "QRR");
        TransactionDetails b = details("pf-1", "913.93", null, payer,
                "662437765447746478179744715", "QRR");
        StatementEntry entry = entry("pf", "1692.22", LocalDate.of(2020, 6, 18), false,
                "SAMMELGUTSCHRIFT FÜR KONTO: CH7730000001250094239 VERARBEITUNG VOM 18.06.2020",
                List.of(a, b));
        return new Sample(f, List.of(entry), List.of(first, second));
    }

    /** Builds the camt.053 of 2017-03-22: one entry of 3483.00 CHF with two ISR payments. */
    static Sample swissBatchIsr() {
        Fixtures f = new Fixtures();
        f.customer("CH-2", "Banque Cantonale Vaudoise", 23_456_789, "CH2222000000123456789",
                "CH3333000000123456789");
        LocalDate due = LocalDate.of(2017, 3, 20);
        ItemKey first = f.invoice("CH-2", "ISR-1", Money.of("2187.00", "CHF"), due,
                new ItemReference(ItemReference.Kind.ESR, "302388292000011111111111111"));
        ItemKey second = f.invoice("CH-2", "ISR-2", Money.of("1296.00", "CHF"), due,
                new ItemReference(ItemReference.Kind.ESR, "302388292000022222222222222"));
        TransactionDetails a = details("bt-0", "2187.00", null, new Party(
                "Banque Cantonale Vaudoise", new AccountIdentifier("CH2222000000123456789", null,
                        null), null, null), "302388292000011111111111111", "ISR Reference");
        TransactionDetails b = details("bt-1", "1296.00", null, new Party(
                "Banque Cantonale Vaudoise", new AccountIdentifier("CH3333000000123456789", null,
                        null), null, null), "302388292000022222222222222", "ISR Reference");
        StatementEntry entry = entry("bt", "3483.00", LocalDate.of(2017, 3, 22), false,
                "CRÉDIT GROUPÉ BVR TRAITEMENT DU 22.03.2017", List.of(a, b));
        return new Sample(f, List.of(entry), List.of(first, second));
    }

    /** Builds the camt.054 of 2016-04-10 whose last entry reverses a 6.00 CHF direct debit. */
    static Sample directDebitReversal() {
        Fixtures f = new Fixtures();
        f.customer("CH-3", "Maria Bernasconi", 34_567_890, "CH3709000000250094580");
        ItemKey open = f.invoice("CH-3", "128", Money.of("6.00", "CHF"),
                LocalDate.of(2016, 4, 1));
        Party payer = new Party("Bernasconi Maria",
                new AccountIdentifier("CH3709000000250094580", null, null), null, null);
        TransactionDetails details = new TransactionDetails("rv-0",
                new StatementAmount(new BigDecimal("-6.00"), "CHF"), null,
                new StatementAmount(new BigDecimal("0.70"), "CHF"), "EndToEnd-2B6C-CHDDBB5",
                "INSTR-2B6C-CHDDBB5", null, null, null, payer, List.of("Mitteilung 128"), null,
                null, Map.of());
        StatementEntry entry = new StatementEntry("rv", new SourcePosition("viafintech_v02.xml",
                0, 0, "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn/Ntry[3]"),
                new StatementAmount(new BigDecimal("-6.00"), "CHF"), CreditDebit.DEBIT, true,
                EntryStatus.BOOKED, LocalDate.of(2016, 4, 10), LocalDate.of(2016, 4, 10),
                "20160410375244000000000000000082", "41107767420881932",
                new BankTransactionCode("PMNT", "IDDT", "PRDD", null, null), null, 1,
                List.of(details), Map.of());
        return new Sample(f, List.of(entry), List.of(open));
    }

    private static TransactionDetails details(String id, String amount, String endToEndId,
            Party payer, String reference, String type) {
        return new TransactionDetails(id, new StatementAmount(new BigDecimal(amount), "CHF"),
                null, null, endToEndId, null, null, null, null, payer, new ArrayList<>(),
                new CreditorReference(reference, type), null, Map.of());
    }

    private static StatementEntry entry(String id, String amount, LocalDate date,
            boolean reversal, String info, List<TransactionDetails> details) {
        return new StatementEntry(id, new SourcePosition("sample", 0, 0, ""),
                new StatementAmount(new BigDecimal(amount), "CHF"), CreditDebit.CREDIT, reversal,
                EntryStatus.BOOKED, date, date, null, null,
                new BankTransactionCode("PMNT", "RCDT", null, null, null), info, details.size(),
                details, Map.of());
    }
}
