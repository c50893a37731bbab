package io.github.receivables.reminders.template;

import java.text.Normalizer;
import java.util.Map;

/**
 * The GSM 03.38 7-bit alphabet: which characters an SMS can carry in GSM-7, how many septets each
 * takes, and a transliteration of other text into it.
 *
 * <p>The basic table contains Spanish {@code é ñ Ñ ü Ü ¿ ¡} and {@code É}, but not {@code á í ó ú}
 * or their capitals, so one {@code á} turns a message into UCS-2. The extension table
 * ({@code ^ { } \ [ ~ ] | €} and form feed) takes two septets per character.
 */
public final class Gsm7 {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";
    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201C', "\""),
            Map.entry('\u201D', "\""), Map.entry('\u2013', "-"), Map.entry('\u2014', "-"),
            Map.entry('\u2026', "..."), Map.entry('\u00A0', " "), Map.entry('\u00BA', "o"),
            Map.entry('\u00AA', "a"), Map.entry('\u00B0', "o"), Map.entry('\t', " "),
            Map.entry('\u00E7', "Ç"), Map.entry('\u0060', "'"), Map.entry('\u00B4', "'"));

    /** Septets per UTF-16 code unit: 1 basic, 2 extension, 0 not in GSM-7. */
    private static final byte[] SEPTETS = table();

    private Gsm7() {}

    private static byte[] table() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i < BASIC.length(); i++) {
            table[BASIC.charAt(i)] = 1;
        }
        for (int i = 0; i < EXTENSION.length(); i++) {
            table[EXTENSION.charAt(i)] = 2;
        }
        return table;
    }

    /**
     * Returns how many septets a character takes in GSM-7.
     *
     * @param c the character
     * @return 1 for the basic table, 2 for the extension table, 0 when not in GSM-7
     */
    public static int septets(char c) {
        return SEPTETS[c];
    }

    /**
     * Tells whether a whole text fits GSM-7.
     *
     * @param text the text; never null
     * @return true if every character is in the basic or extension table
     */
    public static boolean isGsm7(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rewrites a text into GSM-7: characters already in GSM-7 stay, accented letters lose the
     * accent GSM-7 lacks ({@code á} becomes {@code a}, {@code Í} becomes {@code I}), typographic
     * quotes and dashes become their ASCII forms, and anything else becomes {@code ?}.
     *
     * @param text the text; never null
     * @return the text in GSM-7; never null
     */
    public static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (septets(c) > 0) {
                out.append(c);
                continue;
            }
            String replacement = REPLACEMENTS.get(c);
            if (replacement != null) {
                out.append(replacement);
                continue;
            }
            out.append(stripAccent(c));
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
        }
        return out.toString();
    }

    private static char stripAccent(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return septets(base) > 0 ? base : '?';
    }
}
