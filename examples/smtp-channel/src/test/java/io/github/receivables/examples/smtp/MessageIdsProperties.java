package io.github.receivables.examples.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MessageIdsProperties {

    /** RFC 5322 dot-atom-text: runs of atext joined by single dots. */
    private static final Pattern DOT_ATOM = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+(\\.[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+)*");

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> dottyKeys() {
        return Arbitraries.strings().withChars(".=a:@<>").ofMinLength(1).ofMaxLength(12);
    }

    @Property(tries = 1000)
    void localPartIsDotAtom(@ForAll("keys") String key) {
        String local = MessageIds.localPart(key);

        assertTrue(DOT_ATOM.matcher(local).matches(), local);
    }

    @Property(tries = 1000)
    void localPartDecodesToKey(@ForAll("keys") String key) {
        assertEquals(key, decode(MessageIds.localPart(key)));
    }

    @Property(tries = 1000)
    void dottyKeysStayDotAtomAndDistinct(@ForAll("dottyKeys") String key,
            @ForAll("dottyKeys") String other) {
        String local = MessageIds.localPart(key);

        assertTrue(DOT_ATOM.matcher(local).matches(), local);
        if (!key.equals(other)) {
            assertNotEquals(local, MessageIds.localPart(other));
        }
    }

    @Property(tries = 1000)
    void messageIdIsDeterministic(@ForAll("keys") String key) {
        assertEquals(MessageIds.of(key, "mail.example.cl"), MessageIds.of(key, "mail.example.cl"));
    }

    @Example
    void messageIdEscapesSpecials() {
        assertEquals("<inv.33=3Astep.=2E1.=3D@mail.example.cl>",
                MessageIds.of("inv.33:step..1.=", "mail.example.cl"));
    }

    @Example
    void messageIdEscapesOuterDots() {
        assertEquals("<=2Ea=2E@mail.example.cl>", MessageIds.of(".a.", "mail.example.cl"));
    }

    @Example
    void keyWithSpaceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MessageIds.localPart("a b"));
    }

    @Example
    void emptyKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MessageIds.localPart(""));
    }

    /** Reverses the escaping: each {@code =XX} is the character with that hex code. */
    private static String decode(String local) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c == '=') {
                out.append((char) Integer.parseInt(local.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
