package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells OFX 2.x XML from OFX 1.x SGML by the first characters, and reads the 1.x header lines
 * ({@code OFXHEADER:100}, {@code VERSION:102}, {@code ENCODING:USASCII}, {@code CHARSET:1252} ...)
 * up to the first tag.
 *
 * @param xml whether the file is XML
 * @param charset the character set of an SGML body
 * @param lines how many lines the SGML header took
 * @param hasHeader whether an SGML file had header lines
 */
record OfxHeader(boolean xml, Charset charset, long lines, boolean hasHeader) {

    /** A UTF-8 byte order mark as read byte by byte. */
    private static final String UTF8_BOM = "\u00ef\u00bb\u00bf";

    /** Maximum number of header bytes read before the first tag. */
    private static final int MAX_HEADER = 4096;

    /**
     * Looks at the start of the input and leaves the stream at the first {@code <}, which for XML
     * is the start of the declaration.
     */
    static OfxHeader read(BufferedInputStream input, String source) {
        String head = readUntilTag(input, source);
        String trimmed = head.replace(UTF8_BOM, "").stripLeading();
        if (trimmed.isEmpty() && peekIsXmlDeclaration(input)) {
            return new OfxHeader(true, StandardCharsets.UTF_8, 0, false);
        }
        if (trimmed.isEmpty()) {
            return new OfxHeader(false, StandardCharsets.ISO_8859_1, countLines(head), false);
        }
        if (!trimmed.startsWith("OFXHEADER")) {
            throw new MalformedStatementException(new SourcePosition(source, 1, 0, ""),
                    "input does not start like OFX; expected OFXHEADER:100, <?xml or <OFX>");
        }
        return sgmlHeader(head, source);
    }

    private static OfxHeader sgmlHeader(String head, String source) {
        Map<String, String> fields = new HashMap<>();
        for (String line : head.split("\r\n|\r|\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip().toUpperCase(Locale.ROOT),
                        line.substring(colon + 1).strip().toUpperCase(Locale.ROOT));
            }
        }
        SourcePosition position = new SourcePosition(source, 1, 0, "OFXHEADER");
        String header = fields.getOrDefault("OFXHEADER", "");
        String version = fields.getOrDefault("VERSION", "");
        if (!header.equals("100") || (!version.isEmpty() && !version.startsWith("1"))) {
            throw new UnsupportedVersionException(position, "OFX header " + header + " version "
                    + version + "; this reader handles 1.x SGML (OFXHEADER:100) and 2.x XML");
        }
        return new OfxHeader(false, charset(fields), countLines(head), true);
    }

    /** Maps ENCODING and CHARSET to a character set; USASCII text with CHARSET 1252 is cp1252. */
    private static Charset charset(Map<String, String> fields) {
        String encoding = fields.getOrDefault("ENCODING", "USASCII");
        String charset = fields.getOrDefault("CHARSET", "NONE");
        if (encoding.equals("UTF-8") || encoding.equals("UNICODE")) {
            return StandardCharsets.UTF_8;
        }
        return switch (charset) {
            case "1252" -> Charset.forName("windows-1252");
            case "ISO-8859-1", "8859-1" -> StandardCharsets.ISO_8859_1;
            default -> StandardCharsets.ISO_8859_1;
        };
    }

    private static String readUntilTag(BufferedInputStream input, String source) {
        StringBuilder head = new StringBuilder();
        try {
            while (head.length() < MAX_HEADER) {
                input.mark(1);
                int b = input.read();
                if (b < 0) {
                    break;
                }
                if (b == '<') {
                    input.reset();
                    return head.toString();
                }
                head.append((char) b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " failed", e);
        }
        throw new MalformedStatementException(new SourcePosition(source, 1, 0, ""),
                "no tag in the first " + MAX_HEADER + " bytes; expected an OFX header and <OFX>");
    }

    private static boolean peekIsXmlDeclaration(BufferedInputStream input) {
        input.mark(2);
        try {
            input.read();
            return input.read() == '?';
        } catch (IOException e) {
            return false;
        } finally {
            try {
                input.reset();
            } catch (IOException e) {
                // Two bytes were read since mark(2), so the mark is still valid.
            }
        }
    }

    private static long countLines(String head) {
        return head.chars().filter(c -> c == '\n').count();
    }
}
