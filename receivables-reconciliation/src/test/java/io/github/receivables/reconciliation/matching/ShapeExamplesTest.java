package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShapeExamplesTest {

    private final Fixtures f = new Fixtures();

    private MatchResult evaluate(MatchingConfig config, StatementEntry entry) {
        MatchingEngine engine = MatchingEngine.builder(f.index()).config(config).build();
        return engine.evaluate(Fixtures.line(entry), engine.newSession());
    }

    private static Proposal matched(MatchResult result) {
        return assertInstanceOf(MatchResult.Matched.class, result).proposal();
    }

    private static Map<ItemKey, Long> payments(Proposal proposal) {
        return proposal.allocations().stream().filter(ProposedAllocation::isFromPayment)
                .collect(Collectors.toMap(ProposedAllocation::item,
                        a -> a.amount().minorUnits(), Long::sum));
    }

    private static Money clp(long amount) {
        return Money.ofMinor(amount, Fixtures.CLP);
    }

    @Test
    void oneToOneExactReferenceAndAmount() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "104411", 250_000);
        f.invoice("C1", "104412", 99_000);

        MatchResult result = evaluate(MatchingConfig.defaults(),
                f.credit(250_000, "OTRO NOMBRE", null, null, "Pago factura 104411"));

        Proposal proposal = matched(result);
        assertEquals(MatchShape.ONE_TO_ONE, proposal.shape());
        assertEquals(Map.of(invoice, 250_000L), payments(proposal));
        assertEquals(10_000, ((MatchResult.Matched) result).confidenceBp());
        assertTrue(proposal.evidence().stream()
                .anyMatch(e -> e.kind() == Evidence.Kind.REFERENCE_EXACT));
    }

    @Test
    void oneToManyByListedReferences() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey a = f.invoice("C1", "200001", 100_000);
        ItemKey b = f.invoice("C1", "200002", 50_000);

        Proposal proposal = matched(evaluate(MatchingConfig.defaults(),
                f.credit(150_000, null, null, null, "Facturas 200001 y 200002")));

        assertEquals(MatchShape.ONE_TO_MANY, proposal.shape());
        assertEquals(Map.of(a, 100_000L, b, 50_000L), payments(proposal));
    }

    @Test
    void oneToManyBySubsetSumWithRut() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey a = f.invoice("C1", "300001", 120_000);
        f.invoice("C1", "300002", 70_000);
        ItemKey c = f.invoice("C1", "300003", 33_000);

        Proposal proposal = matched(evaluate(MatchingConfig.defaults(),
                f.credit(153_000, "COMERCIAL ANDES", "76.086.428-5", null, "TRANSFERENCIA")));

        assertEquals(MatchShape.ONE_TO_MANY, proposal.shape());
        assertEquals(Map.of(a, 120_000L, c, 33_000L), payments(proposal));
        assertTrue(proposal.evidence().stream()
                .anyMatch(e -> e.kind() == Evidence.Kind.AMOUNT_SUBSET));
    }

    @Test
    void subsetSearchBudgetMakesSuggestionOnly() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        for (int i = 0; i < 10; i++) {
            f.invoice("C1", "40000" + i, 10_000 + i * 1_000);
        }
        MatchingConfig tight = MatchingConfig.builder()
                .subsetBudget(new SubsetSearchBudget(4, 1_000, 0)).build();

        MatchResult result = evaluate(tight,
                f.credit(21_000, null, "76.086.428-5", null, "PAGO"));

        Proposal proposal = matched(result);
        assertTrue(proposal.reviewRequired());
    }

    @Test
    void partialPaymentLeavesRestOpen() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "500001", 1_000_000);

        Proposal proposal = matched(evaluate(MatchingConfig.defaults(),
                f.credit(400_000, null, "76.086.428-5", null, "abono factura 500001")));

        assertEquals(MatchShape.PARTIAL, proposal.shape());
        assertEquals(Map.of(invoice, 400_000L), payments(proposal));
        assertTrue(proposal.flags().isEmpty());
    }

    @Test
    void manyToOneSecondLineSettlesRest() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.partlyPaid("C1", "500002", 1_000_000, 600_000);

        Proposal proposal = matched(evaluate(MatchingConfig.defaults(),
                f.credit(600_000, null, null, null, "saldo factura 500002")));

        assertEquals(MatchShape.MANY_TO_ONE, proposal.shape());
        assertEquals(Map.of(invoice, 600_000L), payments(proposal));
    }

    @Test
    void shortPaymentBeyondToleranceIsFlagged() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "500003", 1_000_000);

        Proposal proposal = matched(evaluate(Fixtures.clpTolerance(1_000, 0),
                f.credit(980_000, null, null, null, "factura 500003")));

        assertEquals(MatchShape.SHORT_PAYMENT, proposal.shape());
        assertEquals(List.of(new ItemFlag(invoice, ItemFlag.Kind.SHORT_PAYMENT_UNDER_REVIEW,
                clp(20_000))), proposal.flags());
        assertTrue(proposal.adjustments().isEmpty());
    }

    @Test
    void feeWithinToleranceIsWriteOff() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "500004", 1_000_000);

        Proposal proposal = matched(evaluate(Fixtures.clpTolerance(1_000, 0),
                f.credit(999_300, null, null, null, "factura 500004")));

        assertEquals(MatchShape.ONE_TO_ONE, proposal.shape());
        assertEquals(Map.of(invoice, 999_300L), payments(proposal));
        assertEquals(List.of(new Adjustment(invoice, Adjustment.Kind.BANK_FEE, clp(-700))),
                proposal.adjustments());
        assertEquals(clp(999_300), proposal.lineTotal());
    }

    @Test
    void roundingGainWithinTolerance() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "500005", 1_000_000);

        Proposal proposal = matched(evaluate(Fixtures.clpTolerance(0, 5),
                f.credit(1_000_004, null, null, null, "factura 500005")));

        assertEquals(Map.of(invoice, 1_000_000L), payments(proposal));
        assertEquals(List.of(new Adjustment(invoice, Adjustment.Kind.ROUNDING, clp(4))),
                proposal.adjustments());
        assertEquals(clp(1_000_004), proposal.lineTotal());
    }

    @Test
    void overpaymentBecomesCustomerCredit() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "500006", 1_000_000);

        Proposal proposal = matched(evaluate(MatchingConfig.defaults(),
                f.credit(1_150_000, null, "76.086.428-5", null, "factura 500006")));

        assertEquals(MatchShape.OVERPAYMENT, proposal.shape());
        assertEquals(Map.of(invoice, 1_000_000L), payments(proposal));
        assertEquals(clp(150_000), proposal.customerCredit());
        assertEquals("C1", proposal.customerId().value());
    }

    @Test
    void invoiceLessCreditNoteIsNetted() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "600001", 500_000);
        ItemKey note = f.creditNote("C1", "9001", 120_000);

        Proposal proposal = matched(evaluate(MatchingConfig.defaults(),
                f.credit(380_000, null, "76.086.428-5", null, "factura 600001")));

        assertEquals(MatchShape.CREDIT_NOTE_NETTING, proposal.shape());
        assertEquals(Map.of(invoice, 380_000L), payments(proposal));
        ProposedAllocation netting = proposal.allocations().stream()
                .filter(a -> !a.isFromPayment()).findFirst().orElseThrow();
        assertEquals(AllocationSource.creditNote(note.documentId()), netting.source());
        assertEquals(clp(120_000), netting.amount());
        assertEquals(invoice, netting.item());
    }

    @Test
    void twoEqualCandidatesAreAmbiguous() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.invoice("C1", "700001", 80_000);
        f.invoice("C1", "700002", 80_000);

        MatchResult result = evaluate(MatchingConfig.defaults(),
                f.credit(80_000, "COMERCIAL ANDES SPA", "76.086.428-5", null, "PAGO"));

        MatchResult.Ambiguous ambiguous = assertInstanceOf(MatchResult.Ambiguous.class, result);
        assertEquals(2, ambiguous.contenders().size());
        assertTrue(ambiguous.confidenceBp() < ambiguous.contenders().get(0).scoreBp());
    }

    @Test
    void unknownPayerWithoutEvidenceIsUnmatched() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.invoice("C1", "700003", 80_000);

        MatchResult result = evaluate(MatchingConfig.defaults(),
                f.credit(12_345, "JUAN PEREZ", null, null, "REGALO"));

        MatchResult.Unmatched unmatched = assertInstanceOf(MatchResult.Unmatched.class, result);
        assertEquals(clp(12_345), unmatched.unapplied());
        assertTrue(unmatched.findPayer().isEmpty());
    }

    @Test
    void fuzzyReferenceWithTypoStillMatches() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey invoice = f.invoice("C1", "812345", 64_000);

        Proposal proposal = matched(evaluate(MatchingConfig.defaults(),
                f.credit(64_000, "Comercial Andes", "76.086.428-5", null, "factura 812354")));

        assertEquals(Map.of(invoice, 64_000L), payments(proposal));
        assertTrue(proposal.evidence().stream()
                .anyMatch(e -> e.kind() == Evidence.Kind.REFERENCE_FUZZY));
    }

    @Test
    void pendingEntryIsNotApplicable() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        f.invoice("C1", "700004", 80_000);
        StatementEntry pending = f.entry(
                new io.github.receivables.reconciliation.statement.StatementAmount(
                        java.math.BigDecimal.valueOf(80_000), "CLP"),
                io.github.receivables.reconciliation.statement.Party.UNKNOWN, "factura 700004",
                null, null, null, io.github.receivables.reconciliation.statement.EntryStatus.PENDING,
                false);

        MatchResult result = evaluate(MatchingConfig.defaults(), pending);

        assertEquals(MatchResult.Reason.PENDING,
                assertInstanceOf(MatchResult.NotApplicable.class, result).reason());
    }

    @Test
    void documentCurrencyIsMatchedInThatCurrency() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey usd = f.invoice("C1", "900001", Money.of("1250.00", "USD"),
                Fixtures.DAY.minusDays(2));
        f.invoice("C1", "900002", 125_000);

        StatementEntry entry = f.entry(
                new io.github.receivables.reconciliation.statement.StatementAmount(
                        new java.math.BigDecimal("1250.00"), "USD"),
                io.github.receivables.reconciliation.statement.Party.UNKNOWN, "INV 900001",
                null, null, null, io.github.receivables.reconciliation.statement.EntryStatus.BOOKED,
                false);
        Proposal proposal = matched(evaluate(MatchingConfig.defaults(), entry));

        assertEquals(Map.of(usd, 125_000L), payments(proposal));
        assertEquals(Money.of("1250.00", "USD"), proposal.allocations().get(0).amount());
    }

    @Test
    void instructedCurrencyMatchesWithExchangeDifference() {
        f.customer("C1", "Comercial Andes SpA", 76_086_428);
        ItemKey usd = f.invoice("C1", "900003", Money.of("1000.00", "USD"),
                Fixtures.DAY.minusDays(2));
        MatchingConfig config = MatchingConfig.builder()
                .tolerance(Fixtures.USD, new Tolerance(0, 0, 500)).build();

        StatementEntry entry = f.entry(
                new io.github.receivables.reconciliation.statement.StatementAmount(
                        new java.math.BigDecimal("940000"), "CLP"),
                io.github.receivables.reconciliation.statement.Party.UNKNOWN, "INV 900003", null,
                null, new io.github.receivables.reconciliation.statement.StatementAmount(
                        new java.math.BigDecimal("997.00"), "USD"),
                io.github.receivables.reconciliation.statement.EntryStatus.BOOKED, false);
        Proposal proposal = matched(evaluate(config, entry));

        ProposedAllocation allocation = proposal.allocations().get(0);
        assertEquals(usd, allocation.item());
        assertEquals(Money.of("997.00", "USD"), allocation.amount());
        assertEquals(clp(940_000), allocation.sourceAmount());
        assertEquals(List.of(new Adjustment(usd, Adjustment.Kind.EXCHANGE_DIFFERENCE,
                Money.of("-3.00", "USD"))), proposal.adjustments());
        assertEquals(clp(940_000), proposal.lineTotal());
        assertFalse(proposal.reviewRequired());
    }
}
