package io.github.receivables.reconciliation.bai2;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.text.GeneratedStatement;
import io.github.receivables.reconciliation.text.Mutations;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Bai2Properties {

    @Property(tries = 1000)
    void writtenFilesReadBack(@ForAll("statements") List<GeneratedStatement> statements) {
        byte[] file = Bai2Writer.write(statements).getBytes(StandardCharsets.US_ASCII);
        List<BankStatement> read =
                new Bai2Reader().readAll(new ByteArrayInputStream(file), "generated.bai");
        GeneratedStatement.assertRead(statements, read, StatementEntry::entryReference);
        for (BankStatement statement : read) {
            assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
        }
    }

    @Property(tries = 1000)
    void mutatedFilesGiveModelOrStatementException(
            @ForAll("statements") List<GeneratedStatement> statements,
            @ForAll("mutations") Mutations mutations) {
        byte[] file = mutations.apply(Bai2Writer.write(statements)
                .getBytes(StandardCharsets.US_ASCII));
        for (boolean lenient : new boolean[] {false, true}) {
            Bai2Reader reader = new Bai2Reader(Bai2Options.DEFAULTS.withLenient(lenient));
            Mutations.assertModelOrStatementException(
                    () -> reader.readAll(new ByteArrayInputStream(file), "mutated.bai"));
        }
    }

    @Provide
    Arbitrary<List<GeneratedStatement>> statements() {
        return GeneratedStatement.statements();
    }

    @Provide
    Arbitrary<Mutations> mutations() {
        return Mutations.arbitrary(",/\n0123456789+-SVDZ:8");
    }
}
