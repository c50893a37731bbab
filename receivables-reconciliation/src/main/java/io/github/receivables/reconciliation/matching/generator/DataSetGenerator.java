package io.github.receivables.reconciliation.matching.generator;

import io.github.receivables.reconciliation.matching.ItemKey;
import io.github.receivables.reconciliation.matching.PayoutLine;
import io.github.receivables.reconciliation.matching.PayoutSettlement;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a portfolio and bank statements with the expected outcome of every line, to measure
 * matching accuracy and speed. The same settings always give the same data set.
 *
 * <p>Invoices get dense sequential numbers (100000 upwards) so a typo often names another real
 * invoice, an ISO 11649 reference each, and one in ten a payment link reference. Lines follow
 * the {@link ShapeMix}; payer names, accounts, tax ids and references get the
 * {@link NoiseLevels}. Not thread-safe; use one instance per data set.
 */
public final class DataSetGenerator {

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final Portfolio portfolio;
    private final LineFactory lines;
    private final List<StatementEntry> statement = new ArrayList<>();
    private final Map<String, ExpectedOutcome> expected = new LinkedHashMap<>();
    private final List<PayoutSettlement> settlements = new ArrayList<>();
    private final List<LineFactory.Written> reversible = new ArrayList<>();
    private final int[] order;
    private int cursor;

    private DataSetGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        TextNoise text = new TextNoise(random);
        this.portfolio = new Portfolio(settings, random, text);
        this.lines = new LineFactory(settings, random, text, portfolio);
        this.order = shuffledInvoices();
    }

    /**
     * Generates a data set.
     *
     * @param settings what to generate; never null
     * @return the data set with its expected outcomes
     */
    public static GeneratedDataSet generate(GeneratorSettings settings) {
        return new DataSetGenerator(settings).run();
    }

    private int[] shuffledInvoices() {
        int[] shuffled = new int[settings.invoices()];
        for (int i = 0; i < shuffled.length; i++) {
            shuffled[i] = i;
        }
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        return shuffled;
    }

    private GeneratedDataSet run() {
        for (int draw = 0; draw < settings.lines(); draw++) {
            GeneratedShape shape = settings.mix().draw(random);
            if (!generate(shape)) {
                unknownPayer();
            }
        }
        List<StatementEntry> later = reversals();
        return new GeneratedDataSet(settings, portfolio.profiles, portfolio.items, statement,
                later, settlements, expected);
    }

    private boolean generate(GeneratedShape shape) {
        switch (shape) {
            case ONE_TO_ONE:
                return single(shape, 0, 0);
            case ONE_TO_ONE_FEE:
                return single(shape, 100 + random.nextInt((int) GeneratorSettings.MAX_FEE_CLP - 99),
                        0);
            case PARTIAL:
                return single(shape, 0, 2_000 + random.nextInt(6_000));
            case SHORT_PAYMENT:
                return single(shape, 0, 0);
            case OVERPAYMENT:
                return single(shape, 0, -(500 + random.nextInt(1_500)));
            case ONE_TO_MANY:
                return oneToMany();
            case MANY_TO_ONE:
                return manyToOne();
            case CREDIT_NOTE_NETTING:
                return creditNote();
            case PAYOUT:
                return payout();
            default:
                unknownPayer();
                return true;
        }
    }

    /** Pays one invoice; fee in pesos, or a share in basis points left open (negative: over). */
    private boolean single(GeneratedShape shape, long fee, int openShareBp) {
        int invoice = nextInvoice();
        if (invoice < 0) {
            return false;
        }
        long open = portfolio.amounts[invoice];
        long paid = open - fee - open * openShareBp / 10_000;
        if (shape == GeneratedShape.SHORT_PAYMENT) {
            long gap = GeneratorSettings.MAX_FEE_CLP + 1
                    + random.nextLong(Math.max(1, open * 5 / 100 - GeneratorSettings.MAX_FEE_CLP));
            paid = open - Math.min(gap, open * 5 / 100);
        }
        long settled = Math.min(paid, open);
        LineFactory.Written line = lines.customerLine(portfolio.invoiceCustomer[invoice],
                List.of(invoice), paid, date(invoice), null);
        record(line, shape, Map.of(portfolio.invoiceKey(invoice), settled), Map.of());
        if (shape == GeneratedShape.ONE_TO_ONE) {
            reversible.add(line);
        }
        return true;
    }

    private boolean oneToMany() {
        int first = nextInvoice();
        if (first < 0) {
            return false;
        }
        List<Integer> chosen = new ArrayList<>(List.of(first));
        int wanted = 2 + random.nextInt(3);
        for (int other : portfolio.customerInvoices.get(portfolio.invoiceCustomer[first])) {
            if (chosen.size() < wanted && !portfolio.used[other]) {
                portfolio.used[other] = true;
                chosen.add(other);
            }
        }
        long total = 0;
        Map<ItemKey, Long> payments = new HashMap<>();
        for (int invoice : chosen) {
            total += portfolio.amounts[invoice];
            payments.put(portfolio.invoiceKey(invoice), portfolio.amounts[invoice]);
        }
        GeneratedShape shape = chosen.size() > 1 ? GeneratedShape.ONE_TO_MANY
                : GeneratedShape.ONE_TO_ONE;
        record(lines.customerLine(portfolio.invoiceCustomer[first], chosen, total, date(first),
                null), shape, payments, Map.of());
        return true;
    }

    private boolean manyToOne() {
        int invoice = nextInvoice();
        if (invoice < 0) {
            return false;
        }
        long open = portfolio.amounts[invoice];
        long first = open * (3_000 + random.nextInt(4_000)) / 10_000;
        int customer = portfolio.invoiceCustomer[invoice];
        ItemKey key = portfolio.invoiceKey(invoice);
        record(lines.customerLine(customer, List.of(invoice), first, date(invoice), null),
                GeneratedShape.MANY_TO_ONE, Map.of(key, first), Map.of());
        record(lines.customerLine(customer, List.of(invoice), open - first,
                date(invoice).plusDays(1), null), GeneratedShape.MANY_TO_ONE,
                Map.of(key, open - first), Map.of());
        return true;
    }

    private boolean creditNote() {
        int invoice = nextInvoice();
        if (invoice < 0) {
            return false;
        }
        long open = portfolio.amounts[invoice];
        long credit = open * (1_000 + random.nextInt(3_000)) / 10_000;
        int customer = portfolio.invoiceCustomer[invoice];
        ItemKey key = portfolio.invoiceKey(invoice);
        portfolio.addCreditNote(customer, credit, portfolio.dueDates[invoice].minusDays(5));
        record(lines.customerLine(customer, List.of(invoice), open - credit, date(invoice), null),
                GeneratedShape.CREDIT_NOTE_NETTING, Map.of(key, open - credit),
                Map.of(key, credit));
        return true;
    }

    private boolean payout() {
        int count = 3 + random.nextInt(6);
        List<PayoutLine> payoutLines = new ArrayList<>();
        Map<ItemKey, Long> payments = new HashMap<>();
        long net = 0;
        for (int k = 0; k < count; k++) {
            int invoice = nextLinkedInvoice();
            if (invoice < 0) {
                break;
            }
            long gross = portfolio.amounts[invoice];
            long fee = gross * 295 / 10_000;
            payoutLines.add(new PayoutLine(Portfolio.linkReference(invoice), clp(gross), clp(fee),
                    clp(gross - fee)));
            payments.put(portfolio.invoiceKey(invoice), gross - fee);
            net += gross - fee;
        }
        if (payoutLines.isEmpty()) {
            return false;
        }
        String payoutId = "PO" + (500_000 + settlements.size());
        settlements.add(new PayoutSettlement(payoutId, payoutLines));
        record(lines.payoutLine(payoutId, net, settings.statementDate()), GeneratedShape.PAYOUT,
                payments, Map.of());
        return true;
    }

    private void unknownPayer() {
        long amount = 10_000 + random.nextInt(1_000_000);
        record(lines.unknownPayerLine(amount, settings.statementDate()),
                GeneratedShape.UNKNOWN_PAYER, Map.of(), Map.of());
    }

    private List<StatementEntry> reversals() {
        int wanted = (int) ((long) settings.lines() * settings.mix().weight(GeneratedShape.REVERSAL)
                / 10_000);
        List<StatementEntry> later = new ArrayList<>();
        for (int k = 0; k < wanted && !reversible.isEmpty(); k++) {
            LineFactory.Written original = reversible.remove(random.nextInt(reversible.size()));
            StatementEntry entry = lines.reversal(original);
            later.add(entry);
            String lineId = entry.details().get(0).id();
            expected.put(lineId, new ExpectedOutcome(lineId, GeneratedShape.REVERSAL, Map.of(),
                    Map.of(), original.lineId()));
        }
        return later;
    }

    private void record(LineFactory.Written line, GeneratedShape shape,
            Map<ItemKey, Long> payments, Map<ItemKey, Long> credits) {
        statement.add(line.entry());
        expected.put(line.lineId(), new ExpectedOutcome(line.lineId(), shape, payments, credits,
                null));
    }

    private int nextInvoice() {
        while (cursor < order.length) {
            int invoice = order[cursor++];
            if (!portfolio.used[invoice]) {
                portfolio.used[invoice] = true;
                return invoice;
            }
        }
        return -1;
    }

    /** Finds an unused invoice with a payment link, starting at a random one. */
    private int nextLinkedInvoice() {
        int start = random.nextInt(settings.invoices());
        for (int step = 0; step < 200; step++) {
            int invoice = Math.floorMod(start + step * 10 - start % 10, settings.invoices());
            if (Portfolio.hasLink(invoice) && !portfolio.used[invoice]) {
                portfolio.used[invoice] = true;
                return invoice;
            }
        }
        return -1;
    }

    private LocalDate date(int invoice) {
        LocalDate date = portfolio.dueDates[invoice].plusDays(random.nextInt(21) - 5L);
        return date.isAfter(settings.statementDate()) ? settings.statementDate() : date;
    }

    private static Money clp(long amount) {
        return Money.ofMinor(amount, GeneratorSettings.CLP);
    }
}
