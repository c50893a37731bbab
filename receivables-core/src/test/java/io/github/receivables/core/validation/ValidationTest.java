package io.github.receivables.core.validation;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.aging.AgingOptions;
import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.fx.ExchangeRate;
import io.github.receivables.core.interest.InterestRequest;
import io.github.receivables.core.interest.LateInterestPolicy;
import io.github.receivables.core.interest.DayCount;
import io.github.receivables.core.interest.RatePeriod;
import io.github.receivables.core.interest.RateTable;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationRequest;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.BalanceStep;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.ledger.WriteOff;
import io.github.receivables.core.metrics.MetricsOptions;
import io.github.receivables.core.metrics.PortfolioFigures;
import io.github.receivables.core.metrics.RiskThresholds;
import io.github.receivables.core.metrics.SalesPeriod;
import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.GenericTaxId;
import io.github.receivables.core.party.Rut;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs Hibernate Validator over the public input types of the core. */
class ValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    /** Returns the path of each violation, one entry per violation. */
    private static List<String> violatedPaths(Object value) {
        return validator.validate(value).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toList());
    }

    @Test
    void validInputsHaveNoViolations() {
        Customer customer = Customer.builder(ACME, "Acme SpA").taxId(Rut.parse("76.086.428-5"))
                .contact(ContactChannel.EMAIL, "pagos@acme.example", Consent.OPTED_IN).build();
        List<Object> inputs = List.of(
                customer,
                invoice("F-1", ACME, clp(1_000), "2024-01-01", "2024-01-31"),
                payment("P-1", ACME, clp(1_000), "2024-01-10"),
                Allocation.of(AllocationId.of("A-1"), AllocationSource.payment(PaymentId.of("P-1")),
                        DocumentId.of("F-1"), clp(1_000), day("2024-01-10")),
                AllocationRequest.of(DocumentId.of("F-1"), clp(10)),
                new WriteOff(DocumentId.of("F-1"), clp(5), day("2024-02-01")),
                new BalanceStep(day("2024-01-31"), clp(1_000)),
                new ExchangeRate(CLP, io.github.receivables.core.Fixtures.USD, day("2024-01-01"),
                        new BigDecimal("0.0011")),
                RatePeriod.yearly(day("2024-01-01"), day("2024-12-31"), "12"),
                LateInterestPolicy.builder(RateTable.of(), DayCount.ACT_365).build(),
                InterestRequest.constant(ACME, DocumentId.of("F-1"), day("2024-01-31"),
                        day("2024-02-10"), clp(1_000)),
                AgingOptions.standard(),
                MetricsOptions.defaults(),
                RiskThresholds.defaults(),
                new SalesPeriod(day("2024-01-01"), day("2024-01-31"), clp(10)),
                new PortfolioFigures(day("2024-01-01"), day("2024-01-31"), clp(0), clp(10),
                        clp(5), clp(10), List.of(), 1, clp(10)),
                new GenericTaxId("DE", "DE 123 456 789"),
                new CollectionStatus.Promised(day("2024-02-01"), day("2024-02-10"), clp(5)),
                new CollectionStatus.AssignedToFactor("factor-1", day("2024-02-01"), null),
                new OpenItem(DocumentId.of("F-1"), 0, ACME,
                        io.github.receivables.core.document.DocumentKind.INVOICE, "F-1",
                        day("2024-01-01"), day("2024-01-31"), clp(10), clp(5),
                        CollectionStatus.ACTIVE));

        for (Object input : inputs) {
            Set<ConstraintViolation<Object>> violations = validator.validate(input);
            assertEquals(Set.of(), violations, input.getClass().getSimpleName());
        }
    }

    @Test
    void documentNumberOverFortyCharactersViolates() {
        Document document = Document.builder(DocumentId.of("F-1"), ACME,
                        io.github.receivables.core.document.DocumentKind.INVOICE)
                .number("9".repeat(41)).issueDate(day("2024-01-01")).dueDate(day("2024-01-31"))
                .total(clp(1_000)).build();

        assertEquals(List.of("number"), violatedPaths(document));
    }

    @Test
    void paymentReferenceOverLimitViolates() {
        Payment payment = new Payment(PaymentId.of("P-1"), ACME, clp(1), day("2024-01-01"),
                PaymentMethod.CASH, "x".repeat(281), null);

        assertEquals(List.of("reference"), violatedPaths(payment));
    }

    @Test
    void customerNameOverLimitViolates() {
        Customer customer = Customer.builder(ACME, "n".repeat(201)).build();

        assertEquals(List.of("name"), violatedPaths(customer));
    }

    @Test
    void blankFactorNameViolates() {
        CollectionStatus.AssignedToFactor factored = new CollectionStatus.AssignedToFactor(" ",
                day("2024-02-01"), null);

        assertEquals(List.of("factor"), violatedPaths(factored));
    }

    @Test
    void idConstructorParametersValidated() throws NoSuchMethodException {
        Constructor<CustomerId> constructor = CustomerId.class.getConstructor(String.class);

        Set<ConstraintViolation<CustomerId>> violations = validator.forExecutables()
                .validateConstructorParameters(constructor, new Object[] {" "});

        assertEquals(1, violations.size());
    }

    @Test
    void paymentConstructorParametersValidated() throws NoSuchMethodException {
        Constructor<Payment> constructor = Payment.class.getConstructor(PaymentId.class,
                CustomerId.class, io.github.receivables.core.money.Money.class,
                java.time.LocalDate.class, PaymentMethod.class, String.class, String.class);

        Set<ConstraintViolation<Payment>> violations = validator.forExecutables()
                .validateConstructorParameters(constructor,
                        new Object[] {null, ACME, clp(1), null, PaymentMethod.CASH, null, null});

        assertEquals(2, violations.size());
    }
}
