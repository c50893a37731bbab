package io.github.receivables.reconciliation.camt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The guard decides the same on UTF-8 bytes as on the decoded characters: a document passes on
 * one path exactly when it passes on the other, and both name the same construct when it fails.
 */
class MarkupGuardProperties {

    /** Markup pieces and characters of one to four UTF-8 bytes, including a surrogate pair. */
    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.of("<", ">", "!", "?", "-", "[", "]", "\"", "a", "é", "€", "\uD834\uDD1E",
                "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "<!DOCTYPE", "<a>", "</a>")
                .list().ofMaxSize(80)
                .map(pieces -> String.join("", pieces));
    }

    @Property(tries = 3000)
    void bytesAndCharsAgree(@ForAll("markup") String document,
            @ForAll @IntRange(min = 1, max = 12) int maxConstruct,
            @ForAll @IntRange(min = 1, max = 30) int maxRun,
            @ForAll @IntRange(min = 1, max = 40) int chunkSize) {
        assertEquals(outcome(document, new MarkupGuard(maxConstruct, maxRun), chunkSize, false),
                outcome(document, new MarkupGuard(maxConstruct, maxRun), chunkSize, true));
    }

    private static String outcome(String document, MarkupGuard guard, int chunkSize,
            boolean utf8) {
        try {
            if (utf8) {
                byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
                for (int from = 0; from < bytes.length; from += chunkSize) {
                    guard.scanUtf8(bytes, from, Math.min(bytes.length, from + chunkSize));
                }
                guard.endUtf8();
            } else {
                char[] chars = document.toCharArray();
                for (int from = 0; from < chars.length; from += chunkSize) {
                    guard.scan(chars, from, Math.min(chars.length, from + chunkSize));
                }
            }
            return "passed";
        } catch (MarkupGuard.MarkupLimitException e) {
            return e.getMessage();
        } catch (IOException e) {
            return "failed: " + e;
        }
    }
}
