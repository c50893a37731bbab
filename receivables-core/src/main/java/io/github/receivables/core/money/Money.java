package io.github.receivables.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of one ISO 4217 currency, held as a count of the currency's minor units.
 *
 * <p>The scale is the currency's default fraction digits: CLP 0, USD and EUR 2, JOD and KWD 3, CLF
 * (Chile's Unidad de Fomento) 4. Amounts range over a {@code long} of minor units; an operation
 * that would overflow throws {@link ArithmeticException} instead of wrapping.
 *
 * <p>Equality is by currency and minor units, so {@code 10.00 USD} equals {@code 10 USD} built
 * from {@code new BigDecimal("10")}. Operations on two amounts throw
 * {@link CurrencyMismatchException} naming both currencies when they differ. No operation uses
 * floating point, and none rounds unless given a {@link RoundingMode}.
 *
 * @param minorUnits the amount in minor units, such as cents for USD or pesos for CLP
 * @param currency the currency; never null, and never a currency without a fixed scale (such as
 *     XAU)
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    /**
     * Validates the currency.
     *
     * @throws NullPointerException if currency is null
     * @throws IllegalArgumentException if the currency has no fixed number of fraction digits
     */
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
                    + " has no fixed scale; use a currency with minor units such as USD or CLP");
        }
    }

    /**
     * Returns zero in a currency.
     *
     * @param currency the currency
     * @return zero minor units of the currency
     */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Creates an amount from minor units.
     *
     * @param minorUnits the amount in minor units
     * @param currency the currency
     * @return the amount
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    /**
     * Creates an amount that must fit the currency's scale exactly.
     *
     * @param amount the amount in major units, such as {@code 12.34} for USD
     * @param currency the currency
     * @return the amount
     * @throws ArithmeticException if the amount has more fraction digits than the currency allows
     *     or does not fit in a long of minor units
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return of(amount, currency, RoundingMode.UNNECESSARY);
    }

    /**
     * Creates an amount, rounding extra fraction digits as told.
     *
     * @param amount the amount in major units
     * @param currency the currency
     * @param rounding how to drop digits beyond the currency's scale
     * @return the amount
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} and digits would be lost, or
     *     the amount does not fit in a long of minor units
     */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        int scale = currency.getDefaultFractionDigits();
        BigDecimal scaled;
        try {
            scaled = amount.setScale(scale, rounding);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount " + amount.toPlainString() + " has more than "
                    + scale + " fraction digits allowed for " + currency.getCurrencyCode()
                    + "; pass a RoundingMode to round it");
        }
        try {
            return new Money(scaled.unscaledValue().longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount " + amount.toPlainString() + " "
                    + currency.getCurrencyCode() + " is too large for this SDK");
        }
    }

    /**
     * Creates an amount from text and a currency code, such as {@code of("1234.50", "USD")}.
     *
     * @param amount the amount in major units: an optional sign, digits, and a dot as decimal
     *     separator; no spaces, grouping or exponent
     * @param currencyCode the ISO 4217 code
     * @return the amount
     * @throws NumberFormatException naming the text if the amount is not such a decimal number
     * @throws IllegalArgumentException naming the code if the currency code is unknown
     * @throws ArithmeticException if the amount has more fraction digits than the currency allows
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        if (!isPlainDecimal(amount)) {
            throw new NumberFormatException("amount '" + amount + "' is not a plain decimal"
                    + " number. Write digits with a dot as decimal separator, such as 1234.50.");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency code '" + currencyCode + "' is not an"
                    + " ISO 4217 code. Use a code such as CLP or USD.", e);
        }
        return of(new BigDecimal(amount), currency);
    }

    /** Tells whether text is an optional sign, digits and at most one dot followed by digits. */
    private static boolean isPlainDecimal(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        boolean dot = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot && digits > 0) {
                dot = true;
                digits = 0;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /**
     * Returns the amount in major units at the currency's scale.
     *
     * @return the amount, such as {@code 12.30} for 1230 US cents; never null
     */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, scale());
    }

    /**
     * Returns the currency's number of fraction digits.
     *
     * @return 0 for CLP, 2 for USD, 3 for KWD, 4 for CLF
     */
    public int scale() {
        return currency.getDefaultFractionDigits();
    }

    /**
     * Adds another amount of the same currency.
     *
     * @param other the amount to add
     * @return the sum
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException on overflow
     */
    public Money plus(Money other) {
        requireSameCurrency("add", other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    /**
     * Subtracts another amount of the same currency.
     *
     * @param other the amount to subtract
     * @return the difference
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException on overflow
     */
    public Money minus(Money other) {
        requireSameCurrency("subtract", other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    /**
     * Returns the amount with the opposite sign.
     *
     * @return the negated amount
     * @throws ArithmeticException if the amount is {@code Long.MIN_VALUE} minor units
     */
    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    /**
     * Returns the absolute amount.
     *
     * @return the amount without sign
     */
    public Money abs() {
        return minorUnits < 0 ? negate() : this;
    }

    /**
     * Multiplies by a factor such as an exchange or interest rate, rounding as told.
     *
     * @param factor the factor
     * @param rounding how to round the product to the currency's scale
     * @return the rounded product
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} and digits would be lost, or
     *     on overflow
     */
    public Money multiply(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        return of(amount().multiply(factor), currency, rounding);
    }

    /**
     * Multiplies by a whole number.
     *
     * @param factor the factor
     * @return the product
     * @throws ArithmeticException on overflow
     */
    public Money multiply(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    /**
     * Splits into {@code parts} amounts that differ by at most one minor unit and add up exactly to
     * this amount. The larger parts come first.
     *
     * @param parts how many parts, at least 1
     * @return the parts in order; never null
     * @throws IllegalArgumentException if parts is less than 1
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, got " + parts);
        }
        long[] weights = new long[parts];
        java.util.Arrays.fill(weights, 1L);
        return allocate(weights);
    }

    /**
     * Splits in proportion to whole-number weights with no minor unit lost. Each part is first
     * rounded down (toward zero); the minor units left over go one each to the parts with the
     * largest remainders, earlier parts first on a tie.
     *
     * @param weights the weights, each zero or more and at least one positive
     * @return one part per weight, in order, adding up exactly to this amount; never null
     * @throws IllegalArgumentException if there are no weights, a weight is negative or all are
     *     zero
     */
    public List<Money> allocate(long... weights) {
        BigInteger[] big = new BigInteger[weights.length];
        for (int i = 0; i < weights.length; i++) {
            big[i] = BigInteger.valueOf(weights[i]);
        }
        return allocate(big);
    }

    /**
     * Splits in proportion to decimal weights (such as instalment shares or tax bases) with no
     * minor unit lost, by the same rule as {@link #allocate(long...)}.
     *
     * @param weights the weights, each zero or more and at least one positive
     * @return one part per weight, in order, adding up exactly to this amount; never null
     * @throws IllegalArgumentException if there are no weights, a weight is negative or all are
     *     zero
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        int scale = 0;
        for (BigDecimal weight : weights) {
            scale = Math.max(scale, Objects.requireNonNull(weight, "weight").scale());
        }
        BigInteger[] big = new BigInteger[weights.size()];
        for (int i = 0; i < big.length; i++) {
            big[i] = weights.get(i).setScale(scale).unscaledValue();
        }
        return allocate(big);
    }

    private List<Money> allocate(BigInteger[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("at least one weight is required");
        }
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].signum() < 0) {
                throw new IllegalArgumentException("weight " + i + " is negative: " + weights[i]);
            }
            total = total.add(weights[i]);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        BigInteger amount = BigInteger.valueOf(Math.abs(minorUnits));
        long[] shares = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = amount.multiply(weights[i]).divideAndRemainder(total);
            shares[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += shares[i];
        }
        long left = amount.longValueExact() - given;
        List<Integer> order = new ArrayList<>(weights.length);
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
        for (int k = 0; k < left; k++) {
            shares[order.get(k)]++;
        }
        List<Money> parts = new ArrayList<>(weights.length);
        long sign = minorUnits < 0 ? -1 : 1;
        for (long share : shares) {
            parts.add(new Money(sign * share, currency));
        }
        return Collections.unmodifiableList(parts);
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return true for zero minor units
     */
    public boolean isZero() {
        return minorUnits == 0;
    }

    /**
     * Tells whether the amount is above zero.
     *
     * @return true for a positive amount
     */
    public boolean isPositive() {
        return minorUnits > 0;
    }

    /**
     * Tells whether the amount is below zero.
     *
     * @return true for a negative amount
     */
    public boolean isNegative() {
        return minorUnits < 0;
    }

    /**
     * Returns the sign of the amount.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return Long.signum(minorUnits);
    }

    /**
     * Returns the smaller of this amount and another.
     *
     * @param other an amount in the same currency
     * @return the smaller amount, this one on a tie
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Returns the larger of this amount and another.
     *
     * @param other an amount in the same currency
     * @return the larger amount, this one on a tie
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Compares amounts of the same currency.
     *
     * @param other an amount in the same currency
     * @return negative, zero or positive as this amount is less than, equal to or greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency("compare", other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /**
     * Tells whether this amount is less than another of the same currency.
     *
     * @param other an amount in the same currency
     * @return true if this amount is smaller
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Tells whether this amount is greater than another of the same currency.
     *
     * @param other an amount in the same currency
     * @return true if this amount is larger
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    private void requireSameCurrency(String operation, Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(operation, currency, other.currency);
        }
    }

    /**
     * Formats as the plain amount at the currency's scale followed by the code, such as
     * {@code 1234.50 USD}. Locale-specific formatting belongs to the caller.
     *
     * @return the amount and currency code
     */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
