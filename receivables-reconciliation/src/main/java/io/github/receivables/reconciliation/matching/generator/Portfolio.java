package io.github.receivables.reconciliation.matching.generator;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.matching.ItemKey;
import io.github.receivables.reconciliation.matching.ItemReference;
import io.github.receivables.reconciliation.matching.MatchableItem;
import io.github.receivables.reconciliation.matching.PayerProfile;
import io.github.receivables.reconciliation.matching.extract.Checksums;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The generated customers and invoices, with which invoices lines have used. */
final class Portfolio {

    private static final long[] ROUND_AMOUNTS = {50_000, 100_000, 150_000, 200_000, 250_000,
        300_000, 500_000, 750_000, 1_000_000, 1_500_000};
    /** One invoice in this many can be paid through a payment link, and so through a payout. */
    private static final int LINK_EVERY = 10;

    final List<PayerProfile> profiles = new ArrayList<>();
    final String[] names;
    final Rut[] ruts;
    final String[] accounts;
    final int[] invoiceCustomer;
    final long[] amounts;
    final LocalDate[] dueDates;
    final String[] numbers;
    final String[] rfReferences;
    final boolean[] used;
    final List<List<Integer>> customerInvoices = new ArrayList<>();
    final List<MatchableItem> items = new ArrayList<>();
    private final CustomerId[] customerIds;
    private int creditNotes;

    Portfolio(GeneratorSettings settings, SplittableRandom random, TextNoise text) {
        int customers = settings.customers();
        names = new String[customers];
        ruts = new Rut[customers];
        accounts = new String[customers];
        customerIds = new CustomerId[customers];
        for (int c = 0; c < customers; c++) {
            addCustomer(c, settings, random, text);
        }
        int invoices = settings.invoices();
        invoiceCustomer = new int[invoices];
        amounts = new long[invoices];
        dueDates = new LocalDate[invoices];
        numbers = new String[invoices];
        rfReferences = new String[invoices];
        used = new boolean[invoices];
        LocalDate[] days = new LocalDate[120];
        for (int d = 0; d < days.length; d++) {
            days[d] = settings.statementDate().minusDays(d - 20L);
        }
        for (int i = 0; i < invoices; i++) {
            addInvoice(i, settings, random, days);
        }
    }

    private void addCustomer(int c, GeneratorSettings settings, SplittableRandom random,
            TextNoise text) {
        names[c] = text.companyName();
        ruts[c] = Rut.of(60_000_000 + c);
        accounts[c] = String.format(Locale.ROOT, "%012d", 7_100_000_000L + c);
        customerIds[c] = CustomerId.of("C" + (100_000 + c));
        boolean known = random.nextInt(10_000) < settings.noise().knownAccountBp();
        profiles.add(new PayerProfile(customerIds[c], names[c], ruts[c], "default",
                known ? List.of(accounts[c]) : List.of()));
        customerInvoices.add(new ArrayList<>());
    }

    private void addInvoice(int i, GeneratorSettings settings, SplittableRandom random,
            LocalDate[] days) {
        int customer = random.nextInt(names.length);
        invoiceCustomer[i] = customer;
        customerInvoices.get(customer).add(i);
        amounts[i] = random.nextInt(10_000) < settings.noise().duplicateAmountBp()
                ? ROUND_AMOUNTS[random.nextInt(ROUND_AMOUNTS.length)]
                : 20_000 + random.nextInt(2_980_000);
        LocalDate due = days[random.nextInt(days.length)];
        dueDates[i] = due;
        numbers[i] = String.valueOf(100_000 + i);
        rfReferences[i] = Checksums.rfReference(String.valueOf(7_000_000 + i));
        List<ItemReference> references = new ArrayList<>(2);
        references.add(new ItemReference(ItemReference.Kind.RF, rfReferences[i]));
        if (i % LINK_EVERY == 0) {
            references.add(new ItemReference(ItemReference.Kind.PAYMENT_LINK, linkReference(i)));
        }
        Money amount = Money.ofMinor(amounts[i], GeneratorSettings.CLP);
        OpenItem item = new OpenItem(DocumentId.of("INV-" + numbers[i]), 0,
                customerIds[customer], DocumentKind.INVOICE, numbers[i], due.minusDays(30), due,
                amount, amount, CollectionStatus.ACTIVE);
        items.add(new MatchableItem(item, references));
    }

    static String linkReference(int invoice) {
        return "PL" + Integer.toString(invoice, 36).toUpperCase(Locale.ROOT);
    }

    static boolean hasLink(int invoice) {
        return invoice % LINK_EVERY == 0;
    }

    ItemKey invoiceKey(int invoice) {
        return new ItemKey(DocumentId.of("INV-" + numbers[invoice]), 0);
    }

    /** Adds an open credit note for a customer and returns its key and number. */
    ItemKey addCreditNote(int customer, long amount, LocalDate issued) {
        String number = String.valueOf(90_000_000 + creditNotes++);
        Money money = Money.ofMinor(amount, GeneratorSettings.CLP);
        OpenItem note = new OpenItem(DocumentId.of("NC-" + number), 0, customerIds[customer],
                DocumentKind.CREDIT_NOTE, number, issued, issued, money, money,
                CollectionStatus.ACTIVE);
        items.add(MatchableItem.of(note));
        return new ItemKey(note.documentId(), 0);
    }
}
