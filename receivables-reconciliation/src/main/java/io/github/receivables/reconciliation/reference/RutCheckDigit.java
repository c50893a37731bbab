package io.github.receivables.reconciliation.reference;

/** The mod 11 check digit of a Chilean RUT body. */
final class RutCheckDigit {

    private RutCheckDigit() {}

    /**
     * Computes the check digit: the body's digits from the right are weighted 2, 3, 4, 5, 6, 7,
     * 2, 3, ...; the digit is 11 minus the sum modulo 11, with 11 written as 0 and 10 as K.
     */
    static char of(String body) {
        int sum = 0;
        int weight = 2;
        for (int i = body.length() - 1; i >= 0; i--) {
            sum += (body.charAt(i) - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int value = 11 - sum % 11;
        if (value == 11) {
            return '0';
        }
        if (value == 10) {
            return 'K';
        }
        return (char) ('0' + value);
    }

    static boolean isValid(String body, char checkDigit) {
        return of(body) == Character.toUpperCase(checkDigit);
    }
}
