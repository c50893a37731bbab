package io.github.receivables.core.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.aging.Aging;
import io.github.receivables.core.aging.AgingOptions;
import io.github.receivables.core.aging.AgingReport;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.PaymentTerms;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.ledger.SettlementOrder;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Runs the Java quickstart of README.md; the two must stay identical. */
class ReadmeQuickstartTest {

    @Test
    void readmeQuickstartLeavesInvoiceBalanceOpen() {
        // README snippet start
        CustomerId buyer = CustomerId.of(Rut.parse("76.086.428-5").compact());
        Ledger ledger = new Ledger();
        ledger.addDocument(Document.builder(DocumentId.of("33-1042"), buyer, DocumentKind.INVOICE)
                .issueDate(LocalDate.of(2026, 10, 1)).receptionDate(LocalDate.of(2026, 10, 2))
                .paymentTerms(PaymentTerms.daysFromReception(30)) // due 2026-11-01
                .total(Money.of("1190000", "CLP")).tax(Money.of("190000", "CLP")).build());
        ledger.addPayment(new Payment(PaymentId.of("TRF-1"), buyer, Money.of("500000", "CLP"),
                LocalDate.of(2026, 11, 5), PaymentMethod.BANK_TRANSFER, "Factura 1042", null));
        ledger.autoApply(AllocationSource.payment(PaymentId.of("TRF-1")),
                LocalDate.of(2026, 11, 5), SettlementOrder.OLDEST_DUE_FIRST);
        AgingReport aging = Aging.compute(ledger, LocalDate.of(2026, 12, 4), AgingOptions.standard());
        System.out.println(aging.totals(Currency.getInstance("CLP"))); // 690000 CLP in 31-60 days
        // README snippet end

        Currency clp = Currency.getInstance("CLP");
        assertEquals(Money.of("690000", "CLP"), aging.total(clp));
        assertEquals(Money.of("690000", "CLP"), aging.totals(clp).buckets().get(2));
    }

    @Test
    void readmeShowsThisSnippet() throws IOException {
        String source = Files.readString(Path.of(
                "src/test/java/io/github/receivables/core/readme/ReadmeQuickstartTest.java"));
        String snippet = source.substring(
                source.indexOf("// README snippet start") + "// README snippet start".length(),
                source.indexOf("// README snippet end"));
        String readme = Files.readString(Path.of("../README.md"));
        for (String line : snippet.strip().split("\n")) {
            String code = line.strip();
            assertTrue(readme.contains(code), "README.md lacks the snippet line: " + code);
        }
    }
}
