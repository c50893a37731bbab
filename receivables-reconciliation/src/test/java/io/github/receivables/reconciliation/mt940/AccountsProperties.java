package io.github.receivables.reconciliation.mt940;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AccountsProperties {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    @Property(tries = 5000)
    void ibanCheckMatchesBigInteger(@ForAll("ibanShaped") String text) {
        assertEquals(reference(text), Accounts.isIban(text), text);
    }

    @Property(tries = 2000)
    void computedCheckDigitsPass(@ForAll("ibanShaped") String text) {
        String valid = withCheckDigits(text);
        assertTrue(Accounts.isIban(valid), valid);
    }

    @Example
    void publishedIbansPassChangedFail() {
        assertTrue(Accounts.isIban("DE89370400440532013000"));
        assertTrue(Accounts.isIban("NL91ABNA0417164300"));
        assertTrue(Accounts.isIban("GB29NWBK60161331926819"));
        assertFalse(Accounts.isIban("DE89370400440532013001"));
        assertFalse(Accounts.isIban("NL91ABNA0417164301"));
    }

    @Example
    void lowercaseAndPunctuationFail() {
        assertFalse(Accounts.isIban("de89370400440532013000"));
        assertFalse(Accounts.isIban("DE89 3704 0044 0532 0130 00"));
        assertFalse(Accounts.isIban("DE89-370400440532013000"));
    }

    /**
     * Two letters, two digits and 11 to 30 digits or capitals: the shape the check reads, so that
     * about one text in 97 passes it.
     */
    @Provide
    Arbitrary<String> ibanShaped() {
        Arbitrary<String> country = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
        Arbitrary<String> check = Arbitraries.strings().numeric().ofLength(2);
        Arbitrary<String> account = Arbitraries.strings().numeric().withCharRange('A', 'Z')
                .ofMinLength(11).ofMaxLength(30);
        return Combinators.combine(country, check, account).as((c, d, a) -> c + d + a);
    }

    private static boolean reference(String text) {
        return mod97(text) == 1;
    }

    private static String withCheckDigits(String text) {
        int check = 98 - mod97(text.substring(0, 2) + "00" + text.substring(4));
        return text.substring(0, 2) + String.format(Locale.ROOT, "%02d", check)
                + text.substring(4);
    }

    /** ISO 13616 by the book: rearrange, spell letters as numbers, one big mod 97. */
    private static int mod97(String text) {
        String rearranged = text.substring(4) + text.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
