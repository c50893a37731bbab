package io.github.receivables.reconciliation.matching.generator;

import io.github.receivables.core.party.Rut;
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
import java.util.SplittableRandom;

/** Writes generated bank lines as statement entries, with payer noise. */
final class LineFactory {

    private static final SourcePosition POSITION = new SourcePosition("generated", 0, 0, "");

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final TextNoise text;
    private final Portfolio portfolio;
    private int sequence;

    /** What a written line was: its entry plus payer data for a later reversal. */
    record Written(StatementEntry entry, String lineId, Party payer, String endToEndId,
            long amount) {}

    LineFactory(GeneratorSettings settings, SplittableRandom random, TextNoise text,
            Portfolio portfolio) {
        this.settings = settings;
        this.random = random;
        this.text = text;
        this.portfolio = portfolio;
    }

    /** Writes a line from a customer quoting some invoice numbers (or none when empty). */
    Written customerLine(int customer, List<Integer> invoices, long amount, LocalDate date,
            Long charges) {
        Party payer = payer(customer);
        StringBuilder remittance = new StringBuilder();
        CreditorReference structured = null;
        boolean missing = invoices.isEmpty() || chance(settings.noise().missingReferenceBp());
        if (missing) {
            remittance.append(text.noReferenceText());
        } else if (invoices.size() == 1 && random.nextInt(100) < 20) {
            String rf = noisy(portfolio.rfReferences[invoices.get(0)]);
            if (random.nextBoolean()) {
                structured = new CreditorReference(rf, "SCOR");
            } else {
                remittance.append(TextNoise.grouped(rf));
            }
        } else {
            List<String> numbers = new ArrayList<>();
            invoices.forEach(i -> numbers.add(noisy(portfolio.numbers[i])));
            remittance.append(text.referenceText(numbers));
        }
        if (random.nextInt(100) < 30) {
            remittance.append(' ').append(text.operationNumber());
        }
        if (chance(settings.noise().textTaxIdBp())) {
            remittance.append(" RUT ").append(portfolio.ruts[customer].format());
        }
        return write(date, amount, payer, remittance.toString().strip(), structured, charges);
    }

    Written unknownPayerLine(long amount, LocalDate date) {
        Party payer = new Party(text.personName(), account("8"), null, null);
        String remittance = text.noReferenceText() + " " + text.operationNumber();
        return write(date, amount, payer, remittance, null, null);
    }

    Written payoutLine(String payoutId, long amount, LocalDate date) {
        Party provider = new Party("PAGOS EN LINEA PROCESADORA SPA", account("5"), null, null);
        return write(date, amount, provider, "LIQUIDACION " + payoutId, null, null);
    }

    /** Writes the reversal of an earlier line, a week after the statement date. */
    StatementEntry reversal(Written original) {
        String id = "R" + (++sequence);
        StatementAmount amount = clp(-original.amount());
        TransactionDetails details = new TransactionDetails(id + "-0", amount, null, null,
                original.endToEndId(), null, null, null, null, original.payer(),
                List.of("DEVOLUCION TRANSFERENCIA"), null, "AC04", Map.of());
        LocalDate date = settings.statementDate().plusDays(7);
        return new StatementEntry(id, POSITION, amount, CreditDebit.DEBIT, true,
                EntryStatus.BOOKED, date, date, "B" + id, null, BankTransactionCode.UNKNOWN, null,
                1, List.of(details), Map.of());
    }

    private Written write(LocalDate date, long amount, Party payer, String remittance,
            CreditorReference structured, Long charges) {
        String id = "L" + (++sequence);
        String endToEndId = "E2E" + sequence;
        StatementAmount money = clp(amount);
        TransactionDetails details = new TransactionDetails(id + "-0", money, null,
                charges == null ? null : clp(charges), endToEndId, null, null, null, null, payer,
                List.of(remittance), structured, null, Map.of());
        StatementEntry entry = new StatementEntry(id, POSITION, money, CreditDebit.CREDIT, false,
                EntryStatus.BOOKED, date, date, "B" + id, null, BankTransactionCode.UNKNOWN, null,
                1, List.of(details), Map.of());
        return new Written(entry, details.id(), payer, endToEndId, amount);
    }

    private Party payer(int customer) {
        NoiseLevels noise = settings.noise();
        String name = portfolio.names[customer];
        if (chance(noise.payerNameVariantBp())) {
            if (random.nextInt(3) == 0) {
                return new Party(text.personName(), account("9"),
                        chance(noise.bankTaxIdBp())
                                ? Rut.of(1_000_000 + random.nextInt(9_000_000)).format() : null,
                        null);
            }
            name = text.nameVariant(name);
        }
        AccountIdentifier account = chance(noise.otherAccountBp()) ? account("9")
                : new AccountIdentifier(null, portfolio.accounts[customer], null);
        String taxId = chance(noise.bankTaxIdBp()) ? portfolio.ruts[customer].format() : null;
        return new Party(name, account, taxId, null);
    }

    private AccountIdentifier account(String prefix) {
        return new AccountIdentifier(null, prefix + (100_000_000_000L
                + random.nextLong(899_999_999_999L)), null);
    }

    private String noisy(String reference) {
        if (chance(settings.noise().typoBp())) {
            return text.typo(reference);
        }
        if (chance(settings.noise().truncationBp())) {
            return text.truncate(reference);
        }
        return reference;
    }

    private boolean chance(int bp) {
        return random.nextInt(10_000) < bp;
    }

    private static StatementAmount clp(long amount) {
        return new StatementAmount(BigDecimal.valueOf(amount), "CLP");
    }
}
