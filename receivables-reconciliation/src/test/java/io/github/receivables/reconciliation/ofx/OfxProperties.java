package io.github.receivables.reconciliation.ofx;

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

class OfxProperties {

    private static List<BankStatement> read(byte[] file) {
        return new OfxReader().readAll(new ByteArrayInputStream(file), "generated.ofx");
    }

    @Property(tries = 1000)
    void sgmlReadsBack(@ForAll("statements") List<GeneratedStatement> statements) {
        byte[] file = OfxWriter.sgml(statements).getBytes(StandardCharsets.US_ASCII);
        GeneratedStatement.assertRead(statements, read(file), StatementEntry::bankReference);
    }

    @Property(tries = 1000)
    void xmlReadsBack(@ForAll("statements") List<GeneratedStatement> statements) {
        byte[] file = OfxWriter.xml(statements).getBytes(StandardCharsets.US_ASCII);
        GeneratedStatement.assertRead(statements, read(file), StatementEntry::bankReference);
    }

    @Property(tries = 1000)
    void mutatedSgmlGivesModelOrStatementException(
            @ForAll("statements") List<GeneratedStatement> statements,
            @ForAll("mutations") Mutations mutations) {
        byte[] file = mutations.apply(OfxWriter.sgml(statements)
                .getBytes(StandardCharsets.US_ASCII));
        Mutations.assertModelOrStatementException(() -> read(file));
    }

    @Property(tries = 1000)
    void mutatedXmlGivesModelOrStatementException(
            @ForAll("statements") List<GeneratedStatement> statements,
            @ForAll("mutations") Mutations mutations) {
        byte[] file = mutations.apply(OfxWriter.xml(statements)
                .getBytes(StandardCharsets.US_ASCII));
        Mutations.assertModelOrStatementException(() -> read(file));
    }

    @Provide
    Arbitrary<List<GeneratedStatement>> statements() {
        return GeneratedStatement.statements();
    }

    @Provide
    Arbitrary<Mutations> mutations() {
        return Mutations.arbitrary("<>/&;[]:.-\n0123456789?!STMRN");
    }
}
