package io.github.receivables.core;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.SiiDocumentType;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.Currency;

/** Small builders shared by the core tests. */
public final class Fixtures {

    public static final Currency CLP = Currency.getInstance("CLP");
    public static final Currency USD = Currency.getInstance("USD");
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final Currency GBP = Currency.getInstance("GBP");
    public static final Currency CLF = Currency.getInstance("CLF");
    public static final Currency JOD = Currency.getInstance("JOD");
    public static final Currency KWD = Currency.getInstance("KWD");
    public static final CustomerId ACME = CustomerId.of("acme");
    public static final CustomerId BETA = CustomerId.of("beta");

    private Fixtures() {}

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    public static Money clp(long pesos) {
        return Money.ofMinor(pesos, CLP);
    }

    public static Money money(String amount, Currency currency) {
        return Money.of(new java.math.BigDecimal(amount), currency);
    }

    /** Builds an invoice with one due date, typed SII 33 when in pesos. */
    public static Document invoice(String id, CustomerId customer, Money total, String issued,
            String due) {
        return Document.builder(DocumentId.of(id), customer, DocumentKind.INVOICE)
                .siiType(currencyIsClp(total) ? SiiDocumentType.FACTURA_ELECTRONICA : null)
                .issueDate(day(issued))
                .dueDate(day(due))
                .total(total)
                .build();
    }

    /** Builds a document of any receivable kind with one due date. */
    public static Document receivable(String id, CustomerId customer, DocumentKind kind,
            Money total, String issued, String due) {
        return Document.builder(DocumentId.of(id), customer, kind)
                .issueDate(day(issued))
                .dueDate(day(due))
                .total(total)
                .build();
    }

    /** Builds a credit note without references. */
    public static Document creditNote(String id, CustomerId customer, Money total, String issued) {
        return Document.builder(DocumentId.of(id), customer, DocumentKind.CREDIT_NOTE)
                .issueDate(day(issued))
                .total(total)
                .build();
    }

    public static Payment payment(String id, CustomerId customer, Money amount, String received) {
        return new Payment(PaymentId.of(id), customer, amount, day(received),
                PaymentMethod.BANK_TRANSFER, null, null);
    }

    private static boolean currencyIsClp(Money money) {
        return money.currency().equals(CLP);
    }
}
