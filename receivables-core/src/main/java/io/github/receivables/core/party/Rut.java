package io.github.receivables.core.party;

/**
 * A Chilean RUT (Rol Único Tributario): a body number and a modulo 11 check digit.
 *
 * <p>{@link #parse} accepts every common spelling: {@code 12.345.678-5}, {@code 12345678-5},
 * {@code 123456785}, with spaces around, and the check digit {@code k} or {@code K}.
 * {@link #format} gives the canonical {@code 12.345.678-5} and {@link #compact} gives
 * {@code 123456785}.
 *
 * @param number the body, from 1 to 99,999,999
 * @param checkDigit the check digit, {@code 0}-{@code 9} or {@code K}
 */
public record Rut(int number, char checkDigit) implements TaxId {

    /** The scheme that parses RUTs, for registering beside other countries' schemes. */
    public static final TaxIdScheme SCHEME = new TaxIdScheme() {
        @Override
        public String country() {
            return "CL";
        }

        @Override
        public TaxId parse(String text) {
            return Rut.parse(text);
        }
    };

    private static final int MAX_NUMBER = 99_999_999;

    /**
     * Validates the body and check digit.
     *
     * @throws InvalidTaxIdException if the body is out of range or the check digit is wrong
     */
    public Rut {
        if (number < 1 || number > MAX_NUMBER) {
            throw new InvalidTaxIdException("RUT body " + number
                    + " is out of range: expected 1 to 99.999.999");
        }
        char expected = checkDigitOf(number);
        if (Character.toUpperCase(checkDigit) != expected) {
            throw new InvalidTaxIdException("RUT " + number + "-" + checkDigit
                    + " has a wrong check digit: expected " + expected);
        }
        checkDigit = expected;
    }

    /**
     * Creates a RUT from its body, computing the check digit.
     *
     * @param number the body, from 1 to 99,999,999
     * @return the RUT
     * @throws InvalidTaxIdException if the body is out of range
     */
    public static Rut of(int number) {
        if (number < 1 || number > MAX_NUMBER) {
            throw new InvalidTaxIdException("RUT body " + number
                    + " is out of range: expected 1 to 99.999.999");
        }
        return new Rut(number, checkDigitOf(number));
    }

    /**
     * Parses any common spelling of a RUT.
     *
     * @param text such as {@code 12.345.678-5}, {@code 12345678-5}, {@code 123456785} or
     *     {@code 7.654.321-k}
     * @return the RUT
     * @throws InvalidTaxIdException if the text is not a RUT or its check digit is wrong, naming
     *     the text
     */
    public static Rut parse(String text) {
        if (text == null) {
            throw new InvalidTaxIdException("RUT is missing: expected a form such as 12.345.678-5");
        }
        String trimmed = text.strip();
        StringBuilder digits = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean last = i == trimmed.length() - 1;
            if (c >= '0' && c <= '9' || last && (c == 'k' || c == 'K')) {
                digits.append(c);
            } else if (!(c == '.' && i > 0 || c == '-' && i == trimmed.length() - 2)) {
                throw new InvalidTaxIdException("RUT '" + text + "' contains '" + c
                        + "' at position " + (i + 1) + ": expected a form such as 12.345.678-5");
            }
        }
        if (digits.length() < 2 || digits.length() > 9) {
            throw new InvalidTaxIdException("RUT '" + text
                    + "' has the wrong length: expected 1 to 8 digits and a check digit");
        }
        int number = Integer.parseInt(digits.substring(0, digits.length() - 1));
        char check = Character.toUpperCase(digits.charAt(digits.length() - 1));
        if (number < 1) {
            throw new InvalidTaxIdException("RUT '" + text + "' has body 0: expected 1 to 99.999.999");
        }
        char expected = checkDigitOf(number);
        if (check != expected) {
            throw new InvalidTaxIdException("RUT '" + text + "' has check digit " + check
                    + " but its body gives " + expected + ": check the number for a typo");
        }
        return new Rut(number, check);
    }

    /**
     * Computes the modulo 11 check digit of a RUT body: the digits from the right are weighted
     * 2, 3, 4, 5, 6, 7, 2, 3 and so on, and the digit is 11 minus the sum modulo 11, with 11
     * written as 0 and 10 as K.
     *
     * @param number the body
     * @return the check digit, {@code 0}-{@code 9} or {@code K}
     */
    public static char checkDigitOf(int number) {
        int sum = 0;
        int weight = 2;
        for (int rest = number; rest > 0; rest /= 10) {
            sum += (rest % 10) * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int digit = 11 - sum % 11;
        if (digit == 11) {
            return '0';
        }
        return digit == 10 ? 'K' : (char) ('0' + digit);
    }

    @Override
    public String country() {
        return "CL";
    }

    @Override
    public String compact() {
        return Integer.toString(number) + checkDigit;
    }

    @Override
    public String format() {
        String body = Integer.toString(number);
        StringBuilder grouped = new StringBuilder(body.length() + 4);
        int lead = body.length() % 3 == 0 ? 3 : body.length() % 3;
        grouped.append(body, 0, lead);
        for (int i = lead; i < body.length(); i += 3) {
            grouped.append('.').append(body, i, i + 3);
        }
        return grouped.append('-').append(checkDigit).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
