package io.github.receivables.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.CustomerId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PaymentReferenceTest {

    @Test
    void numberReferenceHasMod97CheckDigits() {
        PaymentReference reference = PaymentReference.of(PaymentReference.Kind.CUSTOMER, 1234567);

        assertEquals("RC1123456717", reference.value());
        assertEquals("RC11 2345 6717", reference.grouped());
        assertEquals(PaymentReference.Kind.CUSTOMER, reference.kind());
    }

    @Test
    void parseAcceptsSpacesDashesAndLowerCase() {
        assertEquals("RC1123456717", PaymentReference.parse("rc 1123-4567.17").value());
    }

    @Test
    void parseRejectsWrongCheckDigits() {
        InvalidPaymentReferenceException e = assertThrows(InvalidPaymentReferenceException.class,
                () -> PaymentReference.parse("RC1123456718"));

        assertTrue(e.getMessage().contains("wrong check digits"), e.getMessage());
    }

    @Test
    void hashedReferencesAreStableAndDistinctByKind() {
        PaymentReference customer = PaymentReference.forCustomer(CustomerId.of("C-1"));
        PaymentReference document = PaymentReference.forDocument(DocumentId.of("C-1"));

        assertEquals(customer, PaymentReference.forCustomer(CustomerId.of("C-1")));
        assertEquals(19, customer.value().length());
        assertEquals(PaymentReference.Kind.DOCUMENT, document.kind());
    }

    @Test
    void findInRemittanceText() {
        Optional<PaymentReference> found = PaymentReference.findIn(
                "TRANSF 99887766 PAGO FACT rc1123 4567 17 GRACIAS");

        assertEquals("RC1123456717", found.orElseThrow().value());
    }

    @Test
    void findInSkipsNumbersFailingTheCheck() {
        assertTrue(PaymentReference.findIn("RC1123456718 and nothing else").isEmpty());
    }

    @Property(tries = 1000)
    void anySingleDigitChangeIsDetected(
            @ForAll @LongRange(min = 0, max = 9_999_999_999L) long number,
            @ForAll @IntRange(min = 2, max = 30) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String value = PaymentReference.of(PaymentReference.Kind.DOCUMENT, number).value();
        int index = 2 + position % (value.length() - 2);
        char changed = (char) ('0' + (value.charAt(index) - '0' + shift) % 10);
        String typo = value.substring(0, index) + changed + value.substring(index + 1);

        assertThrows(InvalidPaymentReferenceException.class, () -> PaymentReference.parse(typo));
    }

    @Property(tries = 1000)
    void adjacentSwapIsDetected(
            @ForAll @LongRange(min = 0, max = 9_999_999_999L) long number,
            @ForAll @IntRange(min = 2, max = 30) int position) {
        String value = PaymentReference.of(PaymentReference.Kind.CUSTOMER, number).value();
        int index = 2 + position % (value.length() - 3);
        if (value.charAt(index) == value.charAt(index + 1)) {
            return;
        }
        String swapped = value.substring(0, index) + value.charAt(index + 1)
                + value.charAt(index) + value.substring(index + 2);

        assertThrows(InvalidPaymentReferenceException.class,
                () -> PaymentReference.parse(swapped));
    }

    @Test
    void findInAcceptsShortestReference() {
        PaymentReference shortest = PaymentReference.of(PaymentReference.Kind.DOCUMENT, 7);

        assertEquals(7, shortest.value().length() - 2);
        assertEquals(Optional.of(shortest), PaymentReference.findIn("pago " + shortest.grouped()));
    }

    @Test
    void findAllInReturnsEachWithPosition() {
        PaymentReference first = PaymentReference.of(PaymentReference.Kind.CUSTOMER, 1234567);
        PaymentReference second = PaymentReference.of(PaymentReference.Kind.DOCUMENT, 89);
        String text = "a " + first + " b " + second.grouped();

        List<PaymentReference.Occurrence> found = PaymentReference.findAllIn(text);

        assertEquals(List.of(first, second), found.stream()
                .map(PaymentReference.Occurrence::reference).toList());
        assertEquals(2, found.get(0).start());
        assertEquals(text.length(), found.get(1).end());
    }
}
