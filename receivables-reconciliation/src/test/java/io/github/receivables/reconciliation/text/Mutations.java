package io.github.receivables.reconciliation.text;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.receivables.reconciliation.statement.StatementException;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random damage to a valid file: bytes replaced, inserted or deleted, lines duplicated, the file
 * cut short. Positions are fractions of the file length so one mutation fits any file.
 *
 * @param steps the mutations applied in order
 */
public record Mutations(List<Step> steps) {

    /**
     * One mutation.
     *
     * @param kind 0 replace, 1 insert, 2 delete a run, 3 duplicate a run, 4 truncate
     * @param where the position as a fraction of the length, 0 to 1
     * @param length how many bytes a run covers
     * @param value the byte written by replace and insert
     */
    public record Step(int kind, double where, int length, byte value) {}

    /**
     * Generates one to four mutations whose inserted bytes are mostly from {@code alphabet}, the
     * characters that matter to the format's syntax, and sometimes any byte.
     */
    public static Arbitrary<Mutations> arbitrary(String alphabet) {
        Arbitrary<Byte> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(alphabet.chars().boxed().toList())
                        .map(c -> (byte) c.intValue())),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes()));
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40),
                value).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(4).map(Mutations::new);
    }

    /** Applies the mutations to a copy of the file. */
    public byte[] apply(byte[] file) {
        byte[] current = file;
        for (Step step : steps) {
            current = apply(step, current);
        }
        return current;
    }

    private static byte[] apply(Step step, byte[] file) {
        int at = (int) Math.min(file.length, Math.floor(step.where() * file.length));
        int end = Math.min(file.length, at + step.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 64);
        switch (step.kind()) {
            case 0 -> {
                out.write(file, 0, at);
                out.write(step.value());
                out.write(file, Math.min(file.length, at + 1), file.length - Math.min(file.length,
                        at + 1));
            }
            case 1 -> {
                out.write(file, 0, at);
                out.write(step.value());
                out.write(file, at, file.length - at);
            }
            case 2 -> {
                out.write(file, 0, at);
                out.write(file, end, file.length - end);
            }
            case 3 -> {
                out.write(file, 0, end);
                out.write(file, at, file.length - at);
            }
            default -> out.write(file, 0, at);
        }
        return out.toByteArray();
    }

    /** Runs a read and fails unless it returns or throws a {@link StatementException}. */
    public static void assertModelOrStatementException(Runnable read) {
        try {
            read.run();
        } catch (StatementException expected) {
            // A typed rejection is an allowed outcome.
        } catch (Throwable other) {
            fail("expected a model or a StatementException, got " + other, other);
        }
    }
}
