package io.github.receivables.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RutProperties {

    @Property(tries = 1000)
    void formatThenParseGivesSameRut(@ForAll @IntRange(min = 1, max = 99_999_999) int body) {
        Rut rut = Rut.of(body);

        assertEquals(rut, Rut.parse(rut.format()));
    }

    @Property(tries = 1000)
    void everyCommonSpellingParses(@ForAll @IntRange(min = 1, max = 99_999_999) int body) {
        Rut rut = Rut.of(body);
        String digit = String.valueOf(rut.checkDigit());
        String plain = body + "-" + digit;

        assertEquals(rut, Rut.parse(rut.compact()));
        assertEquals(rut, Rut.parse(plain));
        assertEquals(rut, Rut.parse(plain.toLowerCase(Locale.ROOT)));
        assertEquals(rut, Rut.parse(rut.format().toLowerCase(Locale.ROOT)));
        assertEquals(rut, Rut.parse("  " + rut.format() + "\t"));
        assertEquals(rut, Rut.parse(rut.format().replace("-", "")));
    }
}
