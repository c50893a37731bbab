package io.github.receivables.reconciliation.ofx;

/** Decoding of the character entities OFX 1.x SGML values use. */
final class Entities {

    private Entities() {}

    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (amp >= 0) {
            out.append(text, i, amp);
            int semicolon = text.indexOf(';', amp);
            String replacement = semicolon < 0 || semicolon - amp > 10
                    ? null : entity(text.substring(amp + 1, semicolon));
            if (replacement == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(replacement);
                i = semicolon + 1;
            }
            amp = text.indexOf('&', i);
        }
        return out.append(text, i, text.length()).toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return "\u00a0";
            default: return numeric(name);
        }
    }

    private static String numeric(String name) {
        if (!name.startsWith("#") || name.length() < 2) {
            return null;
        }
        try {
            int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                    ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
