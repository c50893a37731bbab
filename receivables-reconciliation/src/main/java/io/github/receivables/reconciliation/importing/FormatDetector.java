package io.github.receivables.reconciliation.importing;

import io.github.receivables.reconciliation.statement.StatementFormat;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes a statement format from the first bytes of a file, and from its name only when the
 * content leaves the format open. Stateless and thread-safe.
 *
 * <p>Content rules, in order: ZIP signature (an Office Open XML workbook when it has
 * {@code [Content_Types].xml} or {@code xl/} parts, else an archive of statements); OLE2
 * signature (a legacy XLS workbook); {@code OFXHEADER} or an {@code <OFX>} element (OFX);
 * an ISO 20022 camt.052/053/054 namespace or root element; SWIFT block
 * <code>&#123;1:</code> or a line starting {@code :20:} (MT940, or MT942 when {@code :34F:},
 * {@code :13D:} or a 942 block 2 appears); a first record {@code 01,} (BAI2). Other text is CSV unless the file name ends in
 * {@code .sta}, {@code .940}, {@code .mt940}, {@code .bai}, {@code .bai2}, {@code .ofx} or
 * {@code .qfx}. CSV always needs a column mapping to be read.
 */
public final class FormatDetector {

    /** The maximum number of leading bytes that {@link #detect} examines. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final Pattern CAMT_NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05([234])\\.");
    private static final Pattern SWIFT_TAG_20 = Pattern.compile("(?m)^\\s*:20:");
    private static final Pattern MT942_MARKERS =
            Pattern.compile("\\{2:[IO]942|(?m)^\\s*:34F:|(?m)^\\s*:13D:");

    private FormatDetector() {}

    /**
     * Detects the format.
     *
     * @param head the first bytes of the file, up to {@link #HEAD_BYTES}; never null
     * @param fileName the file name or path, or null when unknown
     * @return the detection; never null
     */
    public static FormatDetection detect(byte[] head, String fileName) {
        if (head.length == 0) {
            return new FormatDetection.Unknown("the input is empty");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return isWorkbook(head)
                    ? new FormatDetection.Detected(StatementFormat.SPREADSHEET, "XLSX workbook")
                    : new FormatDetection.ZipArchive();
        }
        if (startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return new FormatDetection.Unknown("an empty ZIP archive");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new FormatDetection.Detected(StatementFormat.SPREADSHEET, "XLS workbook");
        }
        String text = text(head);
        if (text.indexOf('\0') >= 0) {
            return new FormatDetection.Unknown("binary content of no known statement format");
        }
        FormatDetection byContent = byContent(text);
        return byContent != null ? byContent : byName(fileName);
    }

    private static FormatDetection byContent(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith("OFXHEADER") || upper.contains("<OFX>") || upper.contains("<?OFX")) {
            return new FormatDetection.Detected(StatementFormat.OFX, "OFX header or element");
        }
        if (text.startsWith("<")) {
            return xml(text);
        }
        if (text.startsWith("{1:") || SWIFT_TAG_20.matcher(text).find()) {
            boolean interim = MT942_MARKERS.matcher(text).find();
            StatementFormat format = interim ? StatementFormat.MT942 : StatementFormat.MT940;
            return new FormatDetection.Detected(format,
                    text.startsWith("{1:") ? "SWIFT block 1" : "SWIFT tag :20:");
        }
        if (text.startsWith("01,")) {
            return new FormatDetection.Detected(StatementFormat.BAI2, "BAI2 file header record 01");
        }
        return null;
    }

    private static FormatDetection xml(String text) {
        Matcher namespace = CAMT_NAMESPACE.matcher(text);
        if (namespace.find()) {
            return new FormatDetection.Detected(camt(namespace.group(1)),
                    "camt.05" + namespace.group(1) + " namespace");
        }
        if (text.contains("<BkToCstmrStmt")) {
            return new FormatDetection.Detected(StatementFormat.CAMT_053, "BkToCstmrStmt element");
        }
        if (text.contains("<BkToCstmrAcctRpt")) {
            return new FormatDetection.Detected(StatementFormat.CAMT_052,
                    "BkToCstmrAcctRpt element");
        }
        if (text.contains("<BkToCstmrDbtCdtNtfctn")) {
            return new FormatDetection.Detected(StatementFormat.CAMT_054,
                    "BkToCstmrDbtCdtNtfctn element");
        }
        return new FormatDetection.Unknown("XML without a camt namespace or an OFX element");
    }

    private static StatementFormat camt(String digit) {
        return switch (digit) {
            case "2" -> StatementFormat.CAMT_052;
            case "3" -> StatementFormat.CAMT_053;
            default -> StatementFormat.CAMT_054;
        };
    }

    private static FormatDetection byName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".sta") || name.endsWith(".940") || name.endsWith(".mt940")) {
            return new FormatDetection.Detected(StatementFormat.MT940, "file name " + fileName);
        }
        if (name.endsWith(".bai") || name.endsWith(".bai2")) {
            return new FormatDetection.Detected(StatementFormat.BAI2, "file name " + fileName);
        }
        if (name.endsWith(".ofx") || name.endsWith(".qfx")) {
            return new FormatDetection.Detected(StatementFormat.OFX, "file name " + fileName);
        }
        return new FormatDetection.Detected(StatementFormat.CSV,
                "text of no other statement format");
    }

    /** Decodes the head for marker search: UTF-16 by byte order mark, else byte for byte. */
    private static String text(byte[] head) {
        String text;
        if (startsWith(head, 0xFE, 0xFF)) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(head, 0xFF, 0xFE)) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            text = new String(head, 3, head.length - 3, StandardCharsets.ISO_8859_1);
        } else {
            text = new String(head, StandardCharsets.ISO_8859_1);
        }
        return text.stripLeading();
    }

    /**
     * Walks the ZIP local file headers inside the head and looks for the parts of an Office Open
     * XML workbook. The walk stops at an entry whose size is only given after its data.
     */
    private static boolean isWorkbook(byte[] head) {
        int offset = 0;
        while (offset + 30 <= head.length && startsWithAt(head, offset, 0x50, 0x4B, 0x03, 0x04)) {
            long flags = littleEndian(head, offset + 6, 2);
            long compressed = littleEndian(head, offset + 18, 4);
            int nameLength = (int) littleEndian(head, offset + 26, 2);
            int extraLength = (int) littleEndian(head, offset + 28, 2);
            if (offset + 30 + nameLength > head.length) {
                return false;
            }
            String name = new String(head, offset + 30, nameLength, StandardCharsets.ISO_8859_1);
            if (name.equals("[Content_Types].xml") || name.startsWith("xl/")) {
                return true;
            }
            if ((flags & 0x08) != 0) {
                return false;
            }
            offset += 30 + nameLength + extraLength + (int) Math.min(compressed, head.length);
        }
        return false;
    }

    private static long littleEndian(byte[] bytes, int offset, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xff);
        }
        return value;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        return startsWithAt(head, 0, signature);
    }

    private static boolean startsWithAt(byte[] head, int offset, int... signature) {
        if (head.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[offset + i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
