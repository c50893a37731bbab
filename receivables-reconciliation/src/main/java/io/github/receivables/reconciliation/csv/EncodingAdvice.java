package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.text.StrictDecodingReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Builds the error message for CSV bytes that are invalid in the encoding in use. The hint fits
 * that encoding: a UTF-8 failure points to the common single-byte encodings. A byte that
 * windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90 and 0x9D) points away from windows-1252.
 */
final class EncodingAdvice {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingAdvice() {}

    static String message(StrictDecodingReader.InvalidBytesException e, String mappingName) {
        String bytes = e.count() == 1 ? "byte " + e.hex() + " is" : "bytes " + e.hex() + " are";
        if (e.fromByteOrderMark()) {
            return bytes + " not valid " + e.charset() + ", the encoding named by the byte order"
                    + " mark at the start of the file, which overrides the mapping's encoding;"
                    + " the file is damaged or mixes encodings, so save it again as "
                    + e.charset();
        }
        String setEncoding = "set 'encoding' in mapping '" + mappingName + "' to the file's"
                + " real encoding";
        Charset charset = Charset.forName(e.charset());
        if (charset.equals(WINDOWS_1252)) {
            return bytes + " not defined in windows-1252, so the file is in another encoding; "
                    + setEncoding + ", likely UTF-8, or IBM850 for exports from DOS programs";
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return bytes + " not valid UTF-8; " + setEncoding
                    + ", likely windows-1252 or ISO-8859-1";
        }
        return bytes + " not valid " + e.charset() + "; " + setEncoding
                + ", such as UTF-8 or windows-1252";
    }
}
