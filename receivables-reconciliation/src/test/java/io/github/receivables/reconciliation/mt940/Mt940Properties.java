package io.github.receivables.reconciliation.mt940;

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

class Mt940Properties {

    @Property(tries = 1000)
    void writtenStatementsReadBack(@ForAll("statements") List<GeneratedStatement> statements) {
        byte[] file = Mt940Writer.write(statements).getBytes(StandardCharsets.US_ASCII);
        List<BankStatement> read =
                new Mt940Reader().readAll(new ByteArrayInputStream(file), "generated.sta");
        GeneratedStatement.assertRead(statements, read, StatementEntry::entryReference);
        for (BankStatement statement : read) {
            assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
        }
    }

    @Property(tries = 1000)
    void mutatedFilesGiveModelOrStatementException(
            @ForAll("statements") List<GeneratedStatement> statements,
            @ForAll("mutations") Mutations mutations) {
        byte[] file = mutations.apply(Mt940Writer.write(statements)
                .getBytes(StandardCharsets.US_ASCII));
        Mutations.assertModelOrStatementException(
                () -> new Mt940Reader().readAll(new ByteArrayInputStream(file), "mutated.sta"));
    }

    @Provide
    Arbitrary<List<GeneratedStatement>> statements() {
        return GeneratedStatement.statements();
    }

    @Provide
    Arbitrary<Mutations> mutations() {
        return Mutations.arbitrary(":61:-CRD,/\r\n?0123456789{}\u0001\u0003");
    }
}
