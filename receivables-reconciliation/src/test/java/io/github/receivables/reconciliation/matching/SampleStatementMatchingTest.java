package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleStatementMatchingTest {

    private static final LocalDate RUN_DAY = LocalDate.of(2025, 1, 15);

    @Test
    void qrrBatchSettlesBothInvoices() {
        assertSettlesAll(SamplePortfolios.postFinanceQrr());
    }

    @Test
    void isrBatchSettlesBothInvoices() {
        assertSettlesAll(SamplePortfolios.swissBatchIsr());
    }

    @Test
    void directDebitReversalSettlesNothing() {
        SamplePortfolios.Sample sample = SamplePortfolios.directDebitReversal();
        Fixtures.Service service = sample.fixtures().service(MatchingConfig.defaults());

        RunReport report = service.application().run(sample.entries(), RUN_DAY);

        assertEquals(List.of(LineOutcome.Action.REVERSAL_UNRESOLVED),
                report.outcomes().stream().map(LineOutcome::action).toList());
        assertEquals(0, service.writer().settledMinor(sample.settled().get(0)));
    }

    private static void assertSettlesAll(SamplePortfolios.Sample sample) {
        Fixtures.Service service = sample.fixtures().service(MatchingConfig.defaults());

        RunReport report = service.application().run(sample.entries(), RUN_DAY);

        assertEquals(List.of(LineOutcome.Action.AUTO_APPLIED, LineOutcome.Action.AUTO_APPLIED),
                report.outcomes().stream().map(LineOutcome::action).toList());
        for (ItemKey item : sample.settled()) {
            assertEquals(service.application().session().index()
                    .item(service.application().session().index().position(item)).item().open()
                    .minorUnits(), service.writer().settledMinor(item), item.toString());
        }
    }
}
