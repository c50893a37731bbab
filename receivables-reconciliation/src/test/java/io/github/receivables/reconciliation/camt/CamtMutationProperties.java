package io.github.receivables.reconciliation.camt;

import io.github.receivables.reconciliation.statement.StatementException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random damage to valid camt files (flipped bytes, truncation, deleted or duplicated tags and
 * elements) gives either statements or a {@link StatementException}, never another exception.
 */
class CamtMutationProperties {

    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z]+)[^>/]*>");

    enum Kind { FLIP_BYTE, TRUNCATE, DELETE_START_TAG, DELETE_ELEMENT, DUPLICATE_ELEMENT }

    record Mutation(Kind kind, double where, int bits) {

        byte[] apply(byte[] document) {
            return switch (kind) {
                case FLIP_BYTE -> flip(document);
                case TRUNCATE -> Arrays.copyOf(document, (int) (where * document.length));
                default -> editTags(new String(document, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            };
        }

        private byte[] flip(byte[] document) {
            byte[] copy = document.clone();
            int index = Math.min(copy.length - 1, (int) (where * copy.length));
            copy[index] ^= (byte) (bits | 1);
            return copy;
        }

        private String editTags(String xml) {
            List<int[]> spans = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher matcher = START_TAG.matcher(xml);
            while (matcher.find()) {
                spans.add(new int[] {matcher.start(), matcher.end()});
                names.add(matcher.group(1));
            }
            if (spans.isEmpty()) {
                return xml;
            }
            int pick = Math.min(spans.size() - 1, (int) (where * spans.size()));
            int start = spans.get(pick)[0];
            int tagEnd = spans.get(pick)[1];
            String name = names.get(pick);
            int close = xml.indexOf("</" + name + ">", tagEnd);
            if (kind == Kind.DELETE_START_TAG || close < 0) {
                return xml.substring(0, start) + xml.substring(tagEnd);
            }
            int elementEnd = close + name.length() + 3;
            String element = xml.substring(start, elementEnd);
            return kind == Kind.DELETE_ELEMENT
                    ? xml.substring(0, start) + xml.substring(elementEnd)
                    : xml.substring(0, elementEnd) + element + xml.substring(elementEnd);
        }
    }

    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<byte[]> generated = CamtArbitraries.messages()
                .map(message -> Camt053Writer.write(message).getBytes(StandardCharsets.UTF_8));
        List<byte[]> samples = samples();
        return samples.isEmpty() ? generated
                : Arbitraries.oneOf(generated, Arbitraries.of(samples));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 255))
                .as(Mutation::new);
    }

    @Property(tries = 1000)
    void mutatedFileGivesModelOrTypedError(@ForAll("documents") byte[] document,
            @ForAll("mutations") Mutation mutation) {
        byte[] mutated = mutation.apply(document);
        String outcome;
        try {
            CamtReader.create().readAll(new ByteArrayInputStream(mutated), "mutated.xml");
            outcome = "statements";
        } catch (StatementException expected) {
            outcome = expected.getClass().getSimpleName();
        }
        Statistics.collect(mutation.kind(), outcome);
    }

    /** Reads the corpus XML files when SAMPLES_DIR is present; the property runs without them. */
    private static List<byte[]> samples() {
        String root = System.getenv("SAMPLES_DIR");
        List<byte[]> documents = new ArrayList<>();
        for (String folder : List.of("camt053", "camt054")) {
            Path path = root == null ? null : Path.of(root, folder);
            if (path == null || !Files.isDirectory(path)) {
                continue;
            }
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                    documents.add(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }
}
