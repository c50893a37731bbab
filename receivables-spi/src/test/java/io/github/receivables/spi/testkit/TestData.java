package io.github.receivables.spi.testkit;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DisputeReason;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.document.SiiDocumentType;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentAdjustment;
import io.github.receivables.core.ledger.PaymentAdjustmentId;
import io.github.receivables.core.ledger.PaymentAdjustmentReason;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.ledger.WriteOff;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CompanySize;
import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.DebtorRegime;
import io.github.receivables.core.party.Rut;
import io.github.receivables.core.party.TaxId;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.ProposedAllocation;
import io.github.receivables.spi.store.WriteOffId;
import io.github.receivables.spi.store.WriteOffReason;
import io.github.receivables.spi.store.WriteOffRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Values for the contract tests. Every component that a store must keep is set to something other
 * than its default, so a lost column shows as an inequality. Instants have microsecond precision,
 * the finest every store must keep.
 */
public final class TestData {

    /** Chilean pesos: no minor unit. */
    public static final Currency CLP = Currency.getInstance("CLP");

    /** US dollars: two decimals. */
    public static final Currency USD = Currency.getInstance("USD");

    /** The instant the tests treat as now. */
    public static final Instant NOW = Instant.parse("2024-03-01T12:00:00.123456Z");

    /** The day the tests treat as today. */
    public static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    /**
     * Returns an instant some seconds after {@link #NOW}.
     *
     * @param seconds seconds after now, negative for before
     * @return the instant
     */
    public Instant at(long seconds) {
        return NOW.plus(seconds, ChronoUnit.SECONDS);
    }

    /**
     * Returns a company customer with a RUT, two contacts, a credit limit and a segment.
     *
     * @param id the customer id
     * @return the customer
     */
    public Customer customer(String id) {
        return customer(id, Rut.of(76_086_428 + Math.floorMod(id.hashCode(), 1000)));
    }

    /**
     * Returns a company customer with a given tax id.
     *
     * @param id the customer id
     * @param taxId the tax id
     * @return the customer
     */
    public Customer customer(String id, TaxId taxId) {
        return Customer.builder(CustomerId.of(id), "Cliente " + id)
                .taxId(taxId)
                .regime(DebtorRegime.COMPANY)
                .size(CompanySize.MEDIUM)
                .contact(ContactChannel.EMAIL, "cobranza-" + id + "@example.cl", Consent.OPTED_IN)
                .contact(ContactChannel.SMS, "+56911112222", Consent.NOT_RECORDED)
                .locale(Locale.forLanguageTag("es-CL"))
                .zone(ZoneId.of("America/Santiago"))
                .creditLimit(Money.ofMinor(5_000_000, CLP))
                .segment("pyme")
                .build();
    }

    /**
     * Returns an SII invoice of a customer with two instalments, tax, a reference and a dispute.
     *
     * @param id the document id
     * @param customerId the customer id
     * @return the document
     */
    public Document document(String id, String customerId) {
        return Document.builder(DocumentId.of(id), CustomerId.of(customerId), DocumentKind.INVOICE)
                .number("F-" + id)
                .siiType(SiiDocumentType.FACTURA_ELECTRONICA)
                .issueDate(TODAY.minusDays(40))
                .receptionDate(TODAY.minusDays(38))
                .instalment(TODAY.minusDays(10), Money.ofMinor(60_000, CLP))
                .instalment(TODAY.plusDays(20), Money.ofMinor(59_000, CLP))
                .total(Money.ofMinor(119_000, CLP))
                .tax(Money.ofMinor(19_000, CLP))
                .reference(DocumentId.of("OC-" + id), ReferenceEffect.INFORMATIONAL)
                .status(new CollectionStatus.Disputed(DisputeReason.CUSTOMER_DISPUTE,
                        TODAY.minusDays(2)))
                .build();
    }

    /**
     * Returns a document with a given number, active and with a single due date.
     *
     * @param id the document id
     * @param customerId the customer id
     * @param number the number
     * @return the document
     */
    public Document documentNumbered(String id, String customerId, String number) {
        return Document.builder(DocumentId.of(id), CustomerId.of(customerId), DocumentKind.INVOICE)
                .number(number)
                .issueDate(TODAY.minusDays(30))
                .dueDate(TODAY)
                .total(Money.ofMinor(10_000, CLP))
                .build();
    }

    /**
     * Returns a credit note of a customer.
     *
     * @param id the document id
     * @param customerId the customer id
     * @return the credit note
     */
    public Document creditNote(String id, String customerId) {
        return Document.builder(DocumentId.of(id), CustomerId.of(customerId),
                        DocumentKind.CREDIT_NOTE)
                .siiType(SiiDocumentType.NOTA_CREDITO_ELECTRONICA)
                .issueDate(TODAY.minusDays(5))
                .total(Money.ofMinor(20_000, CLP))
                .build();
    }

    /**
     * Returns a bank transfer of a customer with a reference and an external id.
     *
     * @param id the payment id
     * @param customerId the payer, or null for an unidentified payment
     * @param externalId the external id, or null
     * @return the payment
     */
    public Payment payment(String id, String customerId, String externalId) {
        return new Payment(PaymentId.of(id),
                customerId == null ? null : CustomerId.of(customerId),
                Money.ofMinor(119_000, CLP), TODAY.minusDays(1), PaymentMethod.BANK_TRANSFER,
                "pago factura " + id, externalId);
    }

    /**
     * Returns an allocation of a payment to a document, in force.
     *
     * @param id the allocation id
     * @param paymentId the payment
     * @param documentId the document
     * @return the allocation
     */
    public Allocation allocation(String id, String paymentId, String documentId) {
        return Allocation.of(AllocationId.of(id), AllocationSource.payment(PaymentId.of(paymentId)),
                DocumentId.of(documentId), Money.ofMinor(50_000, CLP), TODAY.minusDays(1));
    }

    /**
     * Returns a 10 CLP bank-fee write-off of a document, made a day before {@link #TODAY} and in
     * force.
     *
     * @param id the write-off id
     * @param documentId the document
     * @param source the source, such as a match decision id
     * @return the write-off
     */
    public WriteOffRecord writeOff(String id, String documentId, String source) {
        return new WriteOffRecord(WriteOffId.of(id), new WriteOff(DocumentId.of(documentId),
                Money.ofMinor(10, CLP), TODAY.minusDays(1)), WriteOffReason.BANK_FEE, source);
    }

    /**
     * Returns a 3 CLP rounding-gain adjustment of a payment, made a day before {@link #TODAY}
     * and in force.
     *
     * @param id the adjustment id
     * @param paymentId the payment
     * @param source the source, such as a match decision id
     * @return the adjustment
     */
    public PaymentAdjustmentRecord paymentAdjustment(String id, String paymentId,
            String source) {
        return new PaymentAdjustmentRecord(new PaymentAdjustment(PaymentAdjustmentId.of(id),
                PaymentId.of(paymentId), Money.ofMinor(3, CLP), TODAY.minusDays(1),
                PaymentAdjustmentReason.ROUNDING_GAIN), source);
    }

    /**
     * Returns an outbox entry due at {@link #NOW}.
     *
     * @param key the idempotency key
     * @param customerId the debtor
     * @return the entry
     */
    public OutboxEntry outboxEntry(String key, String customerId) {
        return outboxEntry(key, customerId, NOW, NOW);
    }

    /**
     * Returns an outbox entry.
     *
     * @param key the idempotency key
     * @param customerId the debtor
     * @param createdAt when it was written
     * @param notBefore the earliest send instant
     * @return the entry
     */
    public OutboxEntry outboxEntry(String key, String customerId, Instant createdAt,
            Instant notBefore) {
        return new OutboxEntry(key, CustomerId.of(customerId), ContactChannel.EMAIL,
                List.of(DocumentId.of("D-" + key), DocumentId.of("E-" + key)), createdAt,
                notBefore, "{\"template\":\"friendly\",\"key\":\"" + key + "\"}");
    }

    /**
     * Returns a proposed match of payments to one document each.
     *
     * @param id the decision id
     * @param createdAt when it was proposed
     * @param paymentIds the payments
     * @return the decision
     */
    public MatchDecision proposal(String id, Instant createdAt, String... paymentIds) {
        List<ProposedAllocation> lines = new ArrayList<>();
        for (String paymentId : paymentIds) {
            lines.add(new ProposedAllocation(PaymentId.of(paymentId),
                    DocumentId.of("D-" + paymentId), Money.ofMinor(1_234, USD)));
        }
        return new MatchDecision(MatchDecisionId.of(id), lines, new BigDecimal("0.8125"),
                "amount and folio match", MatchStatus.PROPOSED, createdAt, null, null, List.of());
    }

    /**
     * Returns ids with mixed case and digits, whose code point order differs from a
     * case-insensitive order (upper case sorts before lower case).
     *
     * @param count how many ids
     * @param prefix a prefix for every id
     * @return the ids, not sorted
     */
    public List<String> mixedCaseIds(int count, String prefix) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String body = String.format(Locale.ROOT, "%03d", (i * 37) % 1000);
            ids.add(prefix + (i % 2 == 0 ? "a" : "B") + body);
        }
        return ids;
    }
}
