package io.github.receivables.reconciliation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.reference.PaymentReference;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Every valid reference of each kind is found in surrounding text and validated, and a single
 * changed character is rejected by its check digit.
 */
class ReferenceProperties {

    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private final ReferenceExtractor extractor = ReferenceExtractor.standard();

    @Provide
    Arbitrary<String> rfPayloads() {
        return Arbitraries.strings().withChars(ALPHANUMERIC).ofMinLength(1).ofMaxLength(21);
    }

    @Provide
    Arbitrary<String> qrPayloads() {
        return Arbitraries.strings().numeric().ofLength(26);
    }

    private List<ReferenceHit> found(String text, ReferenceKind kind) {
        return extractor.extract("f", text).stream().filter(h -> h.kind() == kind).toList();
    }

    /** Replaces one character by another of the same class: digit by digit, letter by letter. */
    private static String substitute(String text, int position, int shift) {
        char c = text.charAt(position);
        char replaced = Character.isDigit(c)
                ? (char) ('0' + (c - '0' + 1 + shift % 9) % 10)
                : (char) ('A' + (c - 'A' + 1 + shift % 25) % 26);
        return text.substring(0, position) + replaced + text.substring(position + 1);
    }

    @Property(tries = 1000)
    void rfCreatedIsFoundAndValid(@ForAll("rfPayloads") String payload, @ForAll boolean printed) {
        String reference = RfCreditorReference.create(payload);
        String written = printed ? RfCreditorReference.format(reference) : reference;
        List<ReferenceHit> hits = found("Pago " + written + ", gracias",
                ReferenceKind.RF_CREDITOR_REFERENCE);
        assertEquals(1, hits.size(), written);
        assertEquals(reference, hits.get(0).value());
        assertTrue(RfCreditorReference.isValid(hits.get(0).value()));
    }

    @Property(tries = 1000)
    void rfSingleSubstitutionRejected(@ForAll("rfPayloads") String payload,
            @ForAll @IntRange(min = 2, max = 24) int position, @ForAll @IntRange(max = 100) int shift) {
        String reference = RfCreditorReference.create(payload);
        int at = position % reference.length();
        if (at < 2) {
            at = 2;
        }
        String changed = substitute(reference, at, shift);
        assertFalse(RfCreditorReference.isValid(changed), reference + " -> " + changed);
    }

    @Property(tries = 1000)
    void qrCreatedIsFoundAndValid(@ForAll("qrPayloads") String payload) {
        String reference = SwissReference.createQr(payload);
        List<ReferenceHit> hits = found("Referenz " + reference + " danke",
                ReferenceKind.QR_REFERENCE);
        assertEquals(1, hits.size(), reference);
        assertEquals(reference, hits.get(0).value());
        assertTrue(SwissReference.isValidQr(reference));
    }

    @Property(tries = 1000)
    void qrSingleDigitChangeRejected(@ForAll("qrPayloads") String payload,
            @ForAll @IntRange(max = 26) int position, @ForAll @IntRange(max = 100) int shift) {
        String reference = SwissReference.createQr(payload);
        String changed = substitute(reference, position, shift);
        assertFalse(SwissReference.isValidQr(changed), reference + " -> " + changed);
        assertTrue(found(changed, ReferenceKind.QR_REFERENCE).isEmpty());
    }

    @Property(tries = 1000)
    void rutDottedIsFoundAndValid(@ForAll @LongRange(min = 1_000_000, max = 99_999_999) long body) {
        String digits = Long.toString(body);
        char check = RutCheckDigit.of(digits);
        String dotted = String.format(java.util.Locale.ROOT, "%,d", body).replace(',', '.');
        List<ReferenceHit> hits = found("Pago cliente " + dotted + "-" + check + " ok",
                ReferenceKind.CHILEAN_RUT);
        assertEquals(1, hits.size(), dotted);
        assertEquals(digits + "-" + check, hits.get(0).value());
        List<ReferenceHit> keyword = found("RUT " + digits + check, ReferenceKind.CHILEAN_RUT);
        assertEquals(digits + "-" + check, keyword.get(0).value());
    }

    @Property(tries = 1000)
    void rutSingleChangeRejected(@ForAll @LongRange(min = 1_000_000, max = 99_999_999) long body,
            @ForAll @IntRange(max = 8) int position, @ForAll @IntRange(max = 100) int shift) {
        String digits = Long.toString(body);
        char check = RutCheckDigit.of(digits);
        String full = digits + check;
        int at = position % full.length();
        String changed;
        if (at == digits.length()) {
            String others = "0123456789K".replace(String.valueOf(check), "");
            changed = digits + others.charAt(shift % others.length());
        } else {
            changed = substitute(full, at, shift);
        }
        String changedBody = changed.substring(0, changed.length() - 1);
        assertFalse(RutCheckDigit.isValid(changedBody, changed.charAt(changed.length() - 1)),
                full + " -> " + changed);
        assertTrue(found("RUT " + changedBody + "-" + changed.charAt(changed.length() - 1),
                ReferenceKind.CHILEAN_RUT).isEmpty());
    }

    @Property(tries = 1000)
    void structuredIsFoundAndParsed(@ForAll("referenceKinds") PaymentReference.Kind kind,
            @ForAll @LongRange(max = 9_999_999_999_999_999L) long number,
            @ForAll boolean grouped) {
        PaymentReference reference = PaymentReference.of(kind, number);
        String written = grouped ? reference.grouped() : reference.value();
        List<ReferenceHit> hits = found("Abono " + written + " gracias",
                ReferenceKind.STRUCTURED_PAYMENT_REFERENCE);
        assertEquals(1, hits.size(), written);
        assertEquals(reference.value(), hits.get(0).value());
        assertEquals(reference, PaymentReference.parse(hits.get(0).value()));
    }

    @Property(tries = 1000)
    void structuredSingleChangeRejected(@ForAll("referenceKinds") PaymentReference.Kind kind,
            @ForAll @LongRange(max = 9_999_999_999_999_999L) long number,
            @ForAll @IntRange(max = 20) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String printed = PaymentReference.of(kind, number).value();
        int digitsStart = 2;
        int at = digitsStart + position % (printed.length() - digitsStart);
        String changed = substitute(printed, at, shift - 1);
        assertTrue(found("Abono " + changed + " gracias",
                ReferenceKind.STRUCTURED_PAYMENT_REFERENCE).isEmpty(), printed + " -> " + changed);
    }

    @Provide
    Arbitrary<PaymentReference.Kind> referenceKinds() {
        return Arbitraries.of(PaymentReference.Kind.class);
    }
}
